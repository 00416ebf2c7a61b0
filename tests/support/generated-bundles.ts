import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Bundles generated for tests: an alliance of other countries (three of them, none of them
 * Japan or the United States), so nothing in the app may assume the shipped data's countries.
 */

interface CountrySpec {
  readonly code: string;
  readonly name: { readonly en: string; readonly ja: string };
  readonly adjective: { readonly en: string; readonly ja: string };
  readonly color: string;
}

const COUNTRIES: readonly CountrySpec[] = [
  { code: 'AU', name: { en: 'Australia', ja: 'オーストラリア' }, adjective: { en: 'Australian', ja: '豪' }, color: '#00843d' },
  { code: 'IN', name: { en: 'India', ja: 'インド' }, adjective: { en: 'Indian', ja: '印' }, color: '#e07000' },
  { code: 'GB', name: { en: 'United Kingdom', ja: '英国' }, adjective: { en: 'British', ja: '英' }, color: '#6a2c91' },
];

/** Bodies under each government: [key, type, English, Japanese, short, units]. */
const BODIES = [
  ['cabinet', 'executive', 'Cabinet Office', '内閣府', 'CO', 0],
  ['defence', 'ministry', 'Ministry of Defence', '国防省', 'MoD', 3],
  ['foreign', 'ministry', 'Ministry of Foreign Affairs', '外務省', 'MFA', 0],
  ['home', 'ministry', 'Ministry of Home Affairs', '内務省', 'MHA', 2],
  ['comms', 'ministry', 'Ministry of Communications', '通信省', 'MoC', 0],
  ['finance', 'ministry', 'Ministry of Finance', '財務省', 'MoF', 0],
  ['energy', 'ministry', 'Ministry of Energy', 'エネルギー省', 'MoE', 0],
  ['ncsc', 'agency', 'National Cyber Security Centre', '国家サイバーセキュリティセンター', 'NCSC', 0],
  ['signals', 'agency', 'Signals Intelligence Directorate', '通信情報局', 'SID', 0],
  ['police', 'law_enforcement', 'Federal Police Cyber Command', '連邦警察サイバー司令部', 'FPCC', 0],
  ['privacy', 'regulator', 'Data Protection Commission', 'データ保護委員会', 'DPC', 0],
] as const;
const UNIT_NAMES = [
  ['Cyber Operations Unit', 'サイバー作戦部隊', 'COU'],
  ['Cyber Training School', 'サイバー教育学校', 'CTS'],
  ['Network Defence Group', 'ネットワーク防護群', 'NDG'],
] as const;
const OTHERS = [
  ['cert', 'cert', 'Computer Emergency Response Team', 'コンピュータ緊急対応チーム', 'CERT'],
  ['fin_isac', 'isac', 'Financial Sector ISAC', '金融ISAC', 'FS-ISAC'],
  ['telco', 'company', 'National Telecom Company', '国営通信会社', 'Telco'],
  ['institute', 'think_tank', 'Institute for Cyber Policy', 'サイバー政策研究所', 'ICP'],
] as const;
const SECTORS = [
  ['energy', 'Energy', 'エネルギー'],
  ['finance', 'Finance', '金融'],
  ['health', 'Health', '医療'],
  ['transport', 'Transport', '交通'],
  ['water', 'Water', '水道'],
  ['telecoms', 'Telecommunications', '電気通信'],
] as const;
const FRAMEWORKS = [
  ['trilateral_dialogue', 'dialogue', 'Trilateral Cyber Dialogue', '三か国サイバー対話', 'TCD'],
  ['info_sharing', 'framework', 'Threat Information Sharing Arrangement', '脅威情報共有取決め', 'TISA'],
  ['exercise', 'program', 'Joint Cyber Exercise Programme', '共同サイバー演習計画', 'JCEP'],
  ['capacity', 'framework', 'Regional Capacity Building Partnership', '地域能力構築パートナーシップ', 'RCBP'],
] as const;

const citation = [{ id: 'src_generated', confidence: 'analyst' }];
const texts = (en: string, ja: string) => ({ en, ja });

export function threeCountryBundle(): Record<string, unknown> {
  const actors: Record<string, unknown>[] = [];
  const relations: Record<string, unknown>[] = [];
  const relation = (type: string, source: string, target: string) =>
    relations.push({ id: `r_${relations.length + 1}`, type, source, target, description: texts(`${source} ${type} ${target}`, `${source}の関係`), sources: citation });

  for (const country of COUNTRIES) {
    const prefix = country.code.toLowerCase();
    const gov = `${prefix}_government`;
    actors.push({
      id: gov,
      type: 'government',
      country: country.code,
      name: texts(`Government of ${country.name.en}`, `${country.name.ja}政府`),
      short: texts(`${country.code} Gov`, `${country.name.ja}政府`),
      description: texts(`The national government of ${country.name.en}.`, `${country.name.ja}の中央政府。`),
      sources: citation,
    });
    for (const [key, type, en, ja, short, units] of BODIES) {
      const id = `${prefix}_${key}`;
      actors.push({
        id,
        type,
        country: country.code,
        parent: gov,
        name: texts(`${country.adjective.en} ${en}`, `${country.adjective.ja}${ja}`),
        short: texts(short, `${country.adjective.ja}${ja}`),
        description: texts(`A body of the ${country.adjective.en} government.`, `${country.name.ja}政府の機関。`),
        sources: citation,
      });
      UNIT_NAMES.slice(0, units).forEach(([unitEn, unitJa, unitShort], index) => {
        const unitId = `${id}_unit_${index + 1}`;
        actors.push({
          id: unitId,
          type: type === 'ministry' ? 'military' : 'agency',
          country: country.code,
          parent: id,
          name: texts(`${country.adjective.en} ${unitEn}`, `${country.adjective.ja}${unitJa}`),
          short: texts(`${country.code} ${unitShort}`, `${country.adjective.ja}${unitJa}`),
          description: texts('A unit.', '部隊。'),
          sources: citation,
        });
        relation('coordinates', unitId, `${prefix}_ncsc`);
      });
    }
    for (const [key, type, en, ja, short] of OTHERS) {
      const id = `${prefix}_${key}`;
      actors.push({
        id,
        type,
        country: country.code,
        name: texts(`${country.adjective.en} ${en}`, `${country.adjective.ja}${ja}`),
        short: texts(short, `${country.adjective.ja}${ja}`),
        description: texts('A body outside government.', '政府外の組織。'),
        sources: citation,
      });
      relation('shares_information_with', id, `${prefix}_ncsc`);
    }
    for (const [key, en, ja] of SECTORS) {
      const id = `${prefix}_sector_${key}`;
      actors.push({ id, type: 'sector', country: country.code, name: texts(en, ja), description: texts(`The ${en.toLowerCase()} sector.`, `${ja}分野。`), sources: citation });
      relation('oversees', `${prefix}_${key === 'finance' ? 'finance' : key === 'energy' ? 'energy' : 'comms'}`, id);
    }
  }
  for (const [key, type, en, ja, short] of FRAMEWORKS) {
    actors.push({ id: key, type, country: null, name: texts(en, ja), short: texts(short, ja), description: texts('A framework of the three.', '三か国の枠組み。'), sources: citation });
    for (const country of COUNTRIES) relation('participates_in', `${country.code.toLowerCase()}_foreign`, key);
  }
  for (const [a, b] of [
    ['au', 'in'],
    ['in', 'gb'],
    ['gb', 'au'],
  ] as const) {
    relation('counterpart_of', `${a}_ncsc`, `${b}_ncsc`);
    relation('counterpart_of', `${a}_police`, `${b}_police`);
    relation('cooperates_with', `${a}_defence_unit_1`, `${b}_defence_unit_1`);
  }
  return {
    format: 'alliance-atlas',
    version: 1,
    title: texts('Three-country test alliance', '三か国テスト同盟'),
    countries: COUNTRIES.map((c) => ({ code: c.code, name: c.name, color: c.color })),
    sources: [{ id: 'src_generated', title: texts('Generated for tests', 'テスト用に生成'), publisher: 'Alliance Atlas tests', date: '2026-12-01', url: null }],
    actors,
    relations,
    events: [
      {
        id: 'e_first_dialogue',
        date: '2024-05-01',
        category: 'dialogue',
        title: texts('First trilateral cyber dialogue', '第1回三か国サイバー対話'),
        summary: texts('The three met.', '三か国が会合した。'),
        actors: ['trilateral_dialogue', 'au_foreign', 'in_foreign', 'gb_foreign'],
        sources: citation,
      },
    ],
  };
}

/** Writes the three-country bundle into `directory` and returns its path. */
export function writeThreeCountryBundle(directory: string): string {
  const path = join(directory, 'three-country-alliance.json');
  writeFileSync(path, JSON.stringify(threeCountryBundle(), null, 2));
  return path;
}

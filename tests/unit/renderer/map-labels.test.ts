import { describe, expect, it } from 'vitest';
import { actorLabelTexts, shortName } from '../../../renderer/features/map/labels/actor-labels';
import { breakTokens, containsCjk, wordsInside, wrapText } from '../../../renderer/i18n/line-breaks';
import { overlaps, placeLabels, type LabelMetrics, type LabelRequest } from '../../../renderer/features/map/labels/place-labels';

const mofa = { name: { en: 'Ministry of Foreign Affairs', ja: '外務省' }, short: { en: 'MOFA', ja: '外務省' } };
const cisa = { name: { en: 'Cybersecurity and Infrastructure Security Agency', ja: 'サイバーセキュリティ・インフラストラクチャー安全保障庁' }, short: { en: 'CISA', ja: 'CISA' } };

/** Every character is `size` wide: enough to check the rules without a browser's font metrics. */
const monospace = (size: number) => (text: string) => [...text].length * size;

describe('map label texts', () => {
  it('offers the full name and the short form in the label language', () => {
    expect(actorLabelTexts(mofa, 'en')).toEqual({ full: 'Ministry of Foreign Affairs', short: 'MOFA' });
    expect(actorLabelTexts(mofa, 'ja')).toEqual({ full: '外務省', short: '外務省' });
    expect(shortName({ name: mofa.name, short: null }, 'en')).toBe('Ministry of Foreign Affairs');
  });

  it('puts English over Japanese in both languages, once when they are the same', () => {
    expect(actorLabelTexts(mofa, 'both').short).toBe('MOFA\n外務省');
    expect(actorLabelTexts(cisa, 'both').short).toBe('CISA');
  });
});

describe('line breaks', () => {
  it('breaks English only between words', () => {
    const lines = wrapText('Cyber Defense Group', 60, monospace(6));
    expect(lines).toEqual(['Cyber', 'Defense', 'Group']);
    expect(lines.join(' ')).toBe('Cyber Defense Group');
    expect(wrapText('Counter-Ransomware', 30, monospace(6))).toEqual(['Counter-Ransomware']);
  });

  it('breaks Japanese between phrases and script changes, never inside a word', () => {
    expect(breakTokens('内閣サイバーセキュリティセンター').map((t) => t.text)).toEqual(['内閣', 'サイバーセキュリティセンター']);
    expect(breakTokens('日米豪印サイバーセキュリティ・パートナーシップ').map((t) => t.text)).toEqual(['日米豪印', 'サイバーセキュリティ・', 'パートナーシップ']);
    // Between Latin letters and katakana too: the acronym and the katakana word each stay whole.
    expect(breakTokens('一般社団法人JPCERTコーディネーションセンター').map((t) => t.text)).toEqual(['一般社団法人', 'JPCERT', 'コーディネーションセンター']);
    const lines = wrapText('日米豪印サイバーセキュリティ・パートナーシップ', 120, monospace(12));
    expect(lines).toEqual(['日米豪印', 'サイバーセキュリティ・', 'パートナーシップ']);
    expect(lines.join('')).toBe('日米豪印サイバーセキュリティ・パートナーシップ');
  });

  it('keeps okurigana and particles with their word, and a middle dot with what it follows', () => {
    expect(breakTokens('二国間・多国間の枠組み').map((t) => t.text)).toEqual(['二国間・', '多国間の', '枠組み']);
    // The frameworks region's title, narrowed by the details panel: not 枠組 | み.
    expect(wrapText('二国間・多国間の枠組み', 100, monospace(12))).toEqual(['二国間・多国間の', '枠組み']);
  });

  it('never leaves a kanji on a line of its own', () => {
    const texts = (text: string) => breakTokens(text).map((t) => t.text);
    // Suffixes stay with their word, even after katakana: not デジタル | 庁 or …システム | 隊.
    expect(texts('デジタル庁')).toEqual(['デジタル庁']);
    expect(texts('自衛隊指揮通信システム隊')).toEqual(['自衛隊指揮通信', 'システム隊']);
    // BudouX breaks these inside the word: 一般財団法 | 人, クレジット分 | 野.
    expect(texts('一般財団法人日本サイバー犯罪対策センター')).toEqual(['一般財団法人', '日本', 'サイバー', '犯罪対策', 'センター']);
    expect(texts('クレジット分野')).toEqual(['クレジット分野']);
    // A prefix goes with what follows it, at the start or after a particle.
    expect(texts('米サイバー軍')).toEqual(['米サイバー軍']);
    expect(texts('岸防衛大臣が米サイバー軍司令部を訪問')).toEqual(['岸防衛大臣が', '米サイバー', '軍司令部を', '訪問']);
    expect(texts('第4次行動計画改定')[0]).toBe('第4次');
    expect(wrapText('自衛隊指揮通信システム隊', 100, monospace(12))).toEqual(['自衛隊指揮通信', 'システム隊']);
  });

  it('finds the words inside a long katakana compound, none shorter than four characters', () => {
    expect(wordsInside('インフラストラクチャーセキュリティ庁')).toEqual(['インフラストラクチャー', 'セキュリティ庁']);
    // ICU's dictionary cuts サイ|バー: joined into one word.
    expect(wordsInside('サイバーセキュリティセンター')).toEqual(['サイバー', 'セキュリティ', 'センター']);
    expect(wordsInside('パートナーシップ')).toEqual(['パートナーシップ']);
    expect(wordsInside('米国家安全保障局')).toEqual(['米国家安全保障局']);
  });

  it('knows Japanese text from English', () => {
    expect(containsCjk('外務省')).toBe(true);
    expect(containsCjk('ｻｲﾊﾞｰ')).toBe(true);
    expect(containsCjk('Cyber Command')).toBe(false);
  });
});

describe('label placement', () => {
  const metrics: LabelMetrics = {
    fontSize: 10,
    maxWidth: 100,
    maxLines: 3,
    marginY: 4,
    padding: 2,
    measure: (text) => [...text].length * 6,
    wrap: wrapText,
  };
  const node = (id: string, x: number, y: number, candidates: string[], required = false): LabelRequest => ({
    id,
    x,
    y,
    width: 30,
    height: 30,
    labelTop: y + 15,
    candidates,
    bold: false,
    required,
  });

  it('places a full name where there is room', () => {
    const placed = placeLabels([node('a', 0, 0, ['Ministry of Foreign Affairs', 'MOFA'])], [], metrics);
    expect(placed.get('a')?.text).toBe('Ministry of\nForeign Affairs');
  });

  it('falls back to the short form, then to no label, and never lets two labels overlap', () => {
    const requests = [
      node('first', 0, 0, ['A very long organization name here', 'AVLO']),
      node('second', 50, 0, ['Another long organization name', 'ALON']),
      node('third', 25, 0, ['Third long organization name', 'TLON']),
    ];
    const placed = placeLabels(requests, [], metrics);
    expect(placed.get('first')?.text).toBe('A very long\norganization\nname here');
    expect(placed.get('second')?.text).toBeNull();
    const boxes = [...placed.values()].flatMap((p) => (p.box ? [p.box] : []));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('keeps labels off other nodes and obstacles such as region titles', () => {
    const placed = placeLabels([node('a', 0, 0, ['Alpha']), node('b', 0, 40, ['Beta'])], [{ x1: 200, y1: 0, x2: 260, y2: 20 }], metrics);
    expect(placed.get('a')?.text).toBeNull();
    expect(placed.get('b')?.text).toBe('Beta');
  });

  it('lets a lit label lie over a dimmed node, but a dimmed label over nothing', () => {
    const dimmed = (request: LabelRequest): LabelRequest => ({ ...request, dimmed: true });
    const lit = placeLabels([node('a', 0, 0, ['Alpha']), dimmed(node('b', 0, 40, ['Beta']))], [], metrics);
    expect(lit.get('a')?.text).toBe('Alpha');
    expect(lit.get('b')?.text).toBe('Beta');
    const allDimmed = placeLabels([dimmed(node('a', 0, 0, ['Alpha'])), dimmed(node('b', 0, 40, ['Beta']))], [], metrics);
    expect(allDimmed.get('a')?.text).toBeNull();
    expect(placeLabels([dimmed(node('a', 0, 0, ['Alpha']))], [{ x1: -10, y1: 20, x2: 10, y2: 30 }], metrics).get('a')?.text).toBeNull();
  });

  it('always shows a required label (the selection)', () => {
    const placed = placeLabels([node('a', 0, 0, ['Alpha']), node('b', 0, 40, ['Beta'], true)].reverse(), [], metrics);
    expect(placed.get('b')?.text).toBe('Beta');
  });
});

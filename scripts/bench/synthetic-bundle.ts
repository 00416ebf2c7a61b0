/**
 * A large, valid bundle for benchmarks: two countries whose governments hold ministries, which
 * hold agencies and units, plus sectors and non-government bodies; frameworks between them;
 * four relations per actor; an event per ten actors. Deterministic (a seeded generator), so
 * two runs measure the same data.
 */

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const RELATION_TYPES = ['oversees', 'coordinates', 'participates_in', 'shares_information_with', 'cooperates_with', 'supports', 'counterpart_of'] as const;

export function syntheticBundle(actorCount: number): Record<string, unknown> {
  const random = seeded(actorCount);
  const texts = (en: string, ja: string) => ({ en, ja });
  const cite = [{ id: 'src_synthetic', confidence: 'analyst' }];
  const actors: Record<string, unknown>[] = [];
  const countries = [
    { code: 'JP', name: texts('Japan', '日本'), color: '#c8102e' },
    { code: 'US', name: texts('United States', '米国'), color: '#1f4e9c' },
  ];
  const frameworks = Math.max(4, Math.round(actorCount * 0.02));
  const perCountry = Math.floor((actorCount - frameworks) / countries.length);
  for (const { code } of countries) {
    const prefix = code.toLowerCase();
    const add = (id: string, type: string, parent: string | null, n: number) =>
      actors.push({
        id,
        type,
        country: code,
        ...(parent ? { parent } : {}),
        name: texts(`${code} ${type} ${n}`, `${code}の${type}${n}`),
        short: texts(`${code}-${n}`, `${code}${n}`),
        description: texts(`A synthetic ${type}.`, `合成した${type}。`),
        from: '2001-01-01',
        sources: cite,
      });
    add(`${prefix}_gov`, 'government', null, 0);
    const ministries = Math.max(3, Math.round(Math.sqrt(perCountry) / 2));
    const sectors = 16;
    const others = Math.round(perCountry * 0.05);
    const units = perCountry - 1 - ministries - sectors - others;
    for (let m = 0; m < ministries; m++) add(`${prefix}_ministry_${m}`, 'ministry', `${prefix}_gov`, m);
    for (let u = 0; u < units; u++) {
      const ministry = u % ministries;
      const parent = u < ministries * 4 ? `${prefix}_ministry_${ministry}` : `${prefix}_unit_${u % (ministries * 4)}`;
      add(`${prefix}_unit_${u}`, u < ministries * 4 ? 'agency' : 'military', parent, u);
    }
    for (let o = 0; o < others; o++) add(`${prefix}_other_${o}`, 'isac', null, o);
    for (let s = 0; s < sectors; s++) add(`${prefix}_sector_${s}`, 'sector', null, s);
  }
  for (let f = 0; f < frameworks; f++) {
    actors.push({ id: `framework_${f}`, type: 'framework', country: null, name: texts(`Framework ${f}`, `枠組み${f}`), description: texts('A synthetic framework.', '合成した枠組み。'), from: '2005-01-01', sources: cite });
  }
  const ids = actors.map((a) => a['id'] as string);
  const relations = Array.from({ length: actors.length * 4 }, (_, i) => {
    const source = ids[Math.floor(random() * ids.length)] ?? ids[0];
    let target = ids[Math.floor(random() * ids.length)] ?? ids[1];
    if (target === source) target = ids[(ids.indexOf(source ?? '') + 1) % ids.length];
    const from = 2000 + Math.floor(random() * 25);
    return {
      id: `r_${i}`,
      type: RELATION_TYPES[i % RELATION_TYPES.length],
      source,
      target,
      from: String(from),
      description: texts('A synthetic relation.', '合成した関係。'),
      sources: cite,
    };
  });
  const events = Array.from({ length: Math.round(actors.length / 10) }, (_, i) => ({
    id: `e_${i}`,
    date: `${2000 + (i % 26)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    category: ['dialogue', 'law', 'agreement', 'exercise', 'incident', 'organization'][i % 6],
    title: texts(`Synthetic event ${i}`, `合成した出来事${i}`),
    summary: texts('A synthetic event.', '合成した出来事。'),
    actors: [ids[Math.floor(random() * ids.length)], ids[Math.floor(random() * ids.length)]].filter((id, k, all) => all.indexOf(id) === k),
    sources: cite,
  }));
  return {
    format: 'alliance-atlas',
    version: 1,
    title: texts(`Synthetic alliance of ${actors.length} organizations`, `合成データ（${actors.length}組織）`),
    countries,
    sources: [{ id: 'src_synthetic', title: texts('Synthetic data for benchmarks', 'ベンチマーク用の合成データ'), publisher: 'Alliance Atlas', date: '2026-12-01', url: null }],
    actors,
    relations,
    events,
  };
}

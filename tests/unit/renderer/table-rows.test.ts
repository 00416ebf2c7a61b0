import { describe, expect, it } from 'vitest';
import type { ActorSummary, AtlasData } from '../../../api/types';
import { actorRows, eventRows, filterRows, relationRows, rowAsTsv, sortRows, type TableTexts } from '../../../renderer/features/table/table-rows';

function actor(id: string, name: { en: string; ja: string }, extra: Partial<ActorSummary> = {}): ActorSummary {
  return { id, type: 'agency', country: 'JP', name, short: null, unofficialName: [], reading: null, parent: null, from: null, to: null, succeededBy: null, roles: [], ...extra };
}

const ATLAS = {
  dataset: { title: { en: 'T', ja: 'T' }, release: null, sourceName: 't.json', importedAt: 'now', languages: ['en', 'ja'], warnings: [] },
  countries: [{ code: 'JP', name: { en: 'Japan', ja: '日本' }, color: '#000' }, { code: 'US', name: { en: 'United States', ja: '米国' }, color: '#00f' }],
  actors: [
    actor('nisc', { en: 'NISC', ja: '内閣サイバーセンター' }, { to: '2025-06-30', succeededBy: 'nco' }),
    actor('nco', { en: 'National Cybersecurity Office', ja: '国家サイバー統括室' }, { from: '2025-07-01' }),
    actor('cisa', { en: 'CISA', ja: 'CISA' }, { country: 'US' }),
  ],
  relations: [
    { id: 'r1', type: 'cooperates_with', source: 'nisc', target: 'cisa', from: '2015', to: '2025-06-30' },
    { id: 'r2', type: 'cooperates_with', source: 'nco', target: 'cisa', from: '2025-07-01', to: null },
  ],
  events: [
    { id: 'e1', date: '2017-07-20', endDate: null, category: 'dialogue', title: { en: 'Fifth dialogue', ja: '第5回対話' }, actors: ['nisc', 'cisa'] },
    { id: 'e2', date: '2025-07-01', endDate: null, category: 'organization', title: { en: 'NCO set up', ja: '統括室発足' }, actors: ['nco'] },
  ],
  positions: {},
  notices: [],
} as unknown as AtlasData;

const texts = (labelLanguage: 'en' | 'ja' | 'both' = 'en'): TableTexts => ({
  uiLanguage: 'en',
  labelLanguage,
  actorType: (t) => t,
  linkType: (t) => t,
  eventCategory: (c) => c,
  noCountry: () => 'Framework',
  date: (d) => d,
});
const everything = { hiddenGroups: new Set<string>(), hiddenActorTypes: new Set<never>(), hiddenLinkTypes: new Set<never>(), asOfDate: null };
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe('table rows', () => {
  it('follow the as-of date like the map: a successor replaces its predecessor', () => {
    expect(ids(actorRows(ATLAS, everything, texts()))).toEqual(['nisc', 'nco', 'cisa']);
    expect(ids(actorRows(ATLAS, { ...everything, asOfDate: '2020-01-01' }, texts()))).toEqual(['nisc', 'cisa']);
    expect(ids(relationRows(ATLAS, { ...everything, asOfDate: '2020-01-01' }, texts()))).toEqual(['r1']);
    expect(ids(eventRows(ATLAS, { ...everything, asOfDate: '2020-01-01' }, texts()))).toEqual(['e1']);
  });

  it('follow the legend filters: a hidden country takes its connections and events with it', () => {
    const noUs = { ...everything, hiddenGroups: new Set(['US']) };
    expect(ids(actorRows(ATLAS, noUs, texts()))).toEqual(['nisc', 'nco']);
    expect(ids(relationRows(ATLAS, noUs, texts()))).toEqual([]);
    expect(ids(eventRows(ATLAS, noUs, texts()))).toEqual(['e1', 'e2']);
  });

  it('name things in the label language, or in both', () => {
    expect(actorRows(ATLAS, everything, texts('ja'))[1]?.cells[0]).toMatchObject({ text: '国家サイバー統括室', lang: 'ja' });
    expect(actorRows(ATLAS, everything, texts('both'))[1]?.cells[0]?.text).toBe('National Cybersecurity Office / 国家サイバー統括室');
    expect(actorRows(ATLAS, everything, texts('both'))[2]?.cells[0]?.text).toBe('CISA');
  });

  it('sort either way with empty cells last, filter by any cell, and copy as TSV', () => {
    const rows = actorRows(ATLAS, everything, texts());
    expect(ids(sortRows(rows, 0, 'ascending', 'en'))).toEqual(['cisa', 'nco', 'nisc']);
    expect(ids(sortRows(rows, 0, 'descending', 'en'))).toEqual(['nisc', 'nco', 'cisa']);
    // "From": only NCO has a start date; the others sort after it in both directions.
    expect(ids(sortRows(rows, 4, 'descending', 'en'))[0]).toBe('nco');
    expect(ids(filterRows(rows, 'ｊａｐａｎ'))).toEqual(['nisc', 'nco']);
    expect(rowAsTsv(rows[1]?.cells ?? [])).toBe('National Cybersecurity Office\t\tagency\tJapan\t2025-07-01\t');
  });
});

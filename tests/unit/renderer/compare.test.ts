import i18next from 'i18next';
import { afterAll, describe, expect, it } from 'vitest';
import { readAtlas } from '../../../db/queries/atlas';
import compareEn from '../../../locales/en/compare.json';
import compareJa from '../../../locales/ja/compare.json';
import { buildComparison } from '../../../renderer/features/compare/comparison';
import { comparisonCsv } from '../../../renderer/features/compare/comparison-csv';
import { connectionGraph } from '../../../renderer/features/compare/connection-graph';
import { keyConnectors } from '../../../renderer/features/compare/connectors';
import { hopSentence } from '../../../renderer/features/compare/hop-sentence';
import { findPaths, shortestNodePaths } from '../../../renderer/features/compare/paths';
import { buildSectorComparison } from '../../../renderer/features/compare/sectors';
import { SHIPPED_BUNDLE_PATH } from '../../support/bundles';
import { databaseWith } from '../../support/exchange-db';
import { UndirectedGraph } from 'graphology';

const { db, close } = databaseWith(SHIPPED_BUNDLE_PATH);
const atlas = readAtlas(db);
afterAll(close);

const resources = { en: { compare: compareEn }, ja: { compare: compareJa } };
const at = (asOfDate: string | null) => ({ hiddenGroups: new Set<string>(), hiddenActorTypes: new Set<never>(), hiddenLinkTypes: new Set<never>(), asOfDate });
const holders = (date: string, fn: string, country: string) =>
  buildComparison(atlas, at(date))
    .rows.find((r) => r.fn === fn)
    ?.cells.find((c) => c.country === country)
    ?.holders.map((h) => h.actor.id);

describe('the comparison by function', () => {
  it('has one column per country of the dataset and one row per function', () => {
    const comparison = buildComparison(atlas, at('2026-12-01'));
    expect(comparison.columns.map((c) => c.code)).toEqual(atlas.countries.map((c) => c.code));
    expect(comparison.rows.map((r) => r.fn)).toContain('incident_response');
  });

  it('lists the lead first: CISA and the National Cybersecurity Office in 2026, NISC in 2020', () => {
    expect(holders('2026-12-01', 'incident_response', 'US')?.[0]).toBe('cisa');
    expect(holders('2026-12-01', 'incident_response', 'JP')?.[0]).toBe('nco');
    expect(holders('2020-01-01', 'information_sharing', 'JP')?.[0]).toBe('nisc');
    expect(holders('2020-01-01', 'information_sharing', 'JP')).not.toContain('nco');
  });

  it('pairs counterparts across the row', () => {
    const row = buildComparison(atlas, at('2026-12-01')).rows.find((r) => r.fn === 'incident_response');
    expect(row?.counterparts.map((p) => p.relationId)).toContain('r_cisa_counterpart_of_nco');
  });

  it('says in the CSV why a cell is empty, as the screen does: nobody at this date, or nobody in the dataset', () => {
    const texts = { functionHeader: 'Function', functionLabel: (fn: string) => fn, lead: 'lead', none: 'None', notInDataset: 'No organization in this dataset' };
    const cellOf = (date: string, fn: string, country: string) => {
      const comparison = buildComparison(atlas, at(date));
      const column = comparison.columns.findIndex((c) => c.code === country);
      const row = comparisonCsv(comparison, 'en', texts)
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
        .find((line) => line.startsWith(`${fn},`));
      return row?.split(',')[column + 1];
    };
    // No US organization in the dataset holds oversight; Japan's incident responders did not exist yet in 1950.
    expect(cellOf('2026-12-01', 'oversight', 'US')).toBe('No organization in this dataset');
    expect(cellOf('1950-01-01', 'incident_response', 'JP')).toBe('None');
    expect(cellOf('2026-12-01', 'incident_response', 'JP')).toContain('(lead)');
  });

  it('drops the column of a country the filters hide', () => {
    const filters = { ...at('2026-12-01'), hiddenGroups: new Set(['US']) };
    expect(buildComparison(atlas, filters).columns.map((c) => c.code)).toEqual(['JP']);
  });
});

describe('paths between two organizations', () => {
  const graph = connectionGraph(atlas, at('2026-12-01'));

  it('finds up to three shortest paths from the National Police Agency to the FBI, shortest first', () => {
    const paths = findPaths(graph, 'npa', 'fbi');
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(3);
    for (const path of paths) {
      expect(path[0]?.from).toBe('npa');
      expect(path[path.length - 1]?.to).toBe('fbi');
    }
    const lengths = paths.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(new Set(paths.map((p) => p.map((h) => h.to).join('>'))).size).toBe(paths.length);
  });

  it('follows only what is in force at the date', () => {
    const before = findPaths(connectionGraph(atlas, at('2020-01-01')), 'npa', 'fbi');
    // The NPA's Cyber Affairs Bureau was created in 2022: no path runs through it in 2020.
    for (const path of before) expect(path.map((h) => h.to)).not.toContain('npa_cyber_bureau');
  });

  it('finds the k shortest simple paths of a small graph (Yen)', () => {
    const g = new UndirectedGraph<Record<string, never>, { links: never[] }>();
    for (const n of ['a', 'b', 'c', 'd', 'e']) g.addNode(n);
    for (const [u, v] of [['a', 'b'], ['b', 'e'], ['a', 'c'], ['c', 'd'], ['d', 'e'], ['a', 'd']]) g.addEdge(u, v, { links: [] });
    expect(shortestNodePaths(g, 'a', 'e', 3)).toEqual([['a', 'b', 'e'], ['a', 'd', 'e'], ['a', 'c', 'd', 'e']]);
    expect(shortestNodePaths(g, 'a', 'a', 3)).toEqual([]);
  });
});

describe('hop sentences', () => {
  const nameOf = (language: 'en' | 'ja') => (id: string) => atlas.actors.find((a) => a.id === id)?.name[language] ?? id;
  const hop = { from: 'fbi', to: 'npa_cyber_bureau', link: { id: 'relation:r_fbi_counterpart_of_npa_cyber_bureau', type: 'counterpart_of' as const, source: 'fbi', target: 'npa_cyber_bureau', relationId: 'r_fbi_counterpart_of_npa_cyber_bureau', from: null, to: null } };

  it('fills one template per language with the names, in that language’s order', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'en', ns: ['compare'], defaultNS: 'compare', interpolation: { escapeValue: false } });
    expect(hopSentence(i18n.getFixedT('en', 'compare'), hop, nameOf('en'))).toBe('Federal Bureau of Investigation is the counterpart of NPA Cyber Affairs Bureau.');
    expect(hopSentence(i18n.getFixedT('ja', 'compare'), hop, nameOf('ja'))).toBe('米連邦捜査局は警察庁サイバー警察局のカウンターパートである。');
  });

  it('states the relation as recorded when the path walks it backwards', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'en', ns: ['compare'], defaultNS: 'compare', interpolation: { escapeValue: false } });
    const backwards = { ...hop, from: 'npa_cyber_bureau', to: 'fbi' };
    expect(hopSentence(i18n.getFixedT('en', 'compare'), backwards, nameOf('en'))).toMatch(/^Federal Bureau of Investigation is the counterpart/);
  });
});

describe('key connectors and sectors', () => {
  it('scores organizations on cross-border routes, highest first', () => {
    const country = new Map(atlas.actors.map((a) => [a.id, a.country]));
    const connectors = keyConnectors(connectionGraph(atlas, at('2026-12-01')), (id) => country.get(id) ?? null);
    expect(connectors.length).toBeGreaterThan(0);
    const scores = connectors.map((c) => c.betweenness);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('puts corresponding sectors on one line and marks those with no counterpart', () => {
    const sectors = buildSectorComparison(atlas, at('2026-12-01'));
    const lineOf = (id: string) => sectors.lines.find((l) => l.cells.some((cell) => cell.some((e) => e.sector.id === id)));
    const energy = lineOf('us_sector_energy');
    expect(energy?.cells.flat().map((e) => e.sector.id)).toContain('jp_sector_electric_power');
    expect(energy?.unmatched).toBe(false);
    expect(lineOf('us_sector_dams')?.unmatched).toBe(true);
    expect(energy?.cells.flat().find((e) => e.sector.id === 'us_sector_energy')?.overseers.map((o) => o.id)).toEqual(['doe']);
  });
});

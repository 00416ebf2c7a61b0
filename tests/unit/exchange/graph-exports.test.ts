import { XMLParser } from 'fast-xml-parser';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../api/exchange-types';
import { exportData } from '../../../backend/data-exchange';
import type { AtlasDatabase } from '../../../db/connection';
import vocabularyJa from '../../../locales/ja/vocabulary.json';
import { actorOf, readRawBundle, SHIPPED_BUNDLE_PATH } from '../../support/bundles';
import { databaseWith } from '../../support/exchange-db';

const shipped = readRawBundle(SHIPPED_BUNDLE_PATH);
const linkCount = shipped.relations.length + shipped.actors.filter((a) => a['parent']).length + shipped.actors.filter((a) => a['succeededBy']).length;
/** An organization known only to the year it was founded, and one that ended on a known day and has a successor. */
const yearOnly = shipped.actors.find((a) => typeof a['from'] === 'string' && a['from'].length === 4)!;
const ended = shipped.actors.find((a) => a['succeededBy'] && typeof a['to'] === 'string' && a['to'].length === 10)!;

describe('graph exports', () => {
  let db: AtlasDatabase;
  let close: () => void;
  let gexf: ExportedFile;
  let graphml: ExportedFile;
  beforeAll(async () => {
    ({ db, close } = databaseWith(SHIPPED_BUNDLE_PATH));
    gexf = await exportData(db, 'gexf', 'ja', new Date('2026-12-02T09:00:00Z'));
    graphml = await exportData(db, 'graphml', 'en');
  });
  afterAll(() => close());

  it('GEXF parses back with every organization and link, names in both languages and Japanese labels', () => {
    expect(gexf).toMatchObject({ fileName: 'alliance-atlas-2026-12-02.gexf', encoding: 'text', mimeType: 'application/gexf+xml' });
    const graph = parseGexf(Graph, gexf.content);
    expect(graph.order).toBe(shipped.actors.length);
    expect(graph.size).toBe(linkCount);
    expect(graph.getNodeAttributes('npa')).toMatchObject({
      label: '警察庁',
      type: 'agency',
      type_label: '政府機関',
      country: 'JP',
      name_en: 'National Police Agency',
      name_ja: '警察庁',
    });
    expect(graph.getEdgeAttributes('part-of:npa')).toMatchObject({ type: 'part_of', label: vocabularyJa.linkType.part_of });
    const symmetric = shipped.relations.find((r) => r['type'] === 'cooperates_with')!;
    expect(graph.isUndirected(`relation:${symmetric['id']}`)).toBe(true);
    expect(graph.isDirected(`relation:${shipped.relations.find((r) => r['type'] === 'oversees')!['id']}`)).toBe(true);
  });

  it('GEXF is a dynamic graph whose nodes and edges carry the days they existed, for Gephi’s timeline', () => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(gexf.content) as {
      gexf: { version: string; graph: { mode: string; timeformat: string; nodes: { node: Record<string, string>[] }; edges: { edge: Record<string, string>[] } } };
    };
    expect(xml.gexf.version).toBe('1.3');
    expect(xml.gexf.graph).toMatchObject({ mode: 'dynamic', timeformat: 'date' });
    const node = (id: unknown) => xml.gexf.graph.nodes.node.find((n) => n['id'] === id);
    expect(node(yearOnly['id'])?.['start']).toBe(`${String(yearOnly['from'])}-01-01`);
    expect(node(ended['id'])?.['end']).toBe(ended['to']);
    expect(node(shipped.actors.find((a) => !a['to'])!['id'])?.['end']).toBeUndefined();
    const succession = xml.gexf.graph.edges.edge.find((e) => e['id'] === `succession:${String(ended['id'])}`);
    expect(succession).toMatchObject({ start: ended['to'], target: ended['succeededBy'] });
    const monthOnly = shipped.relations.find((r) => typeof r['from'] === 'string' && r['from'].length === 7 && typeof r['to'] === 'string')!;
    expect(xml.gexf.graph.edges.edge.find((e) => e['id'] === `relation:${String(monthOnly['id'])}`)).toMatchObject({
      start: `${String(monthOnly['from'])}-01`,
      end: monthOnly['to'],
    });
  });

  it('GraphML parses back with the same network, attributes and dates as written in the dataset', () => {
    expect(graphml.fileName).toMatch(/\.graphml$/);
    const graph = parseGraphml(Graph, graphml.content);
    expect(graph.order).toBe(shipped.actors.length);
    expect(graph.size).toBe(linkCount);
    const nisc = actorOf(shipped, 'nisc');
    expect(graph.getNodeAttributes('nisc')).toMatchObject({
      label: 'NISC',
      type: 'agency',
      country: 'JP',
      name_ja: '内閣サイバーセキュリティセンター',
      from: nisc['from'],
      to: nisc['to'],
    });
    expect(graph.getEdgeAttributes(`relation:${String(shipped.relations[0]!['id'])}`)).toMatchObject({
      type: shipped.relations[0]!['type'],
      relation: shipped.relations[0]!['id'],
    });
  });
});

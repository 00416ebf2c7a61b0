import { firstDayOf, isoDay, lastDayOf } from '../../../domain/partial-date';
import { NAME_ATTRIBUTES, type GraphModel } from './graph-model';
import { xmlDocument } from './xml-document';

/**
 * GEXF 1.3 for Gephi, as a dynamic graph: every organization and link carries the days it
 * existed as `start`/`end` (a partial date widened to the days it covers, an open bound left
 * out), so Gephi's timeline shows the network as of any date.
 */

const NODE_ATTRIBUTES = ['type', 'type_label', 'country', ...NAME_ATTRIBUTES, 'from', 'to'];
const EDGE_ATTRIBUTES = ['type', 'relation', 'from', 'to'];

function interval(from: string | null, to: string | null): Record<string, string> {
  return {
    ...(from ? { '@_start': isoDay(firstDayOf(from)) } : {}),
    ...(to ? { '@_end': isoDay(lastDayOf(to)) } : {}),
  };
}

function attributeModel(kind: 'node' | 'edge', names: readonly string[]) {
  return { '@_class': kind, '@_mode': 'static', attribute: names.map((name) => ({ '@_id': name, '@_title': name, '@_type': 'string' })) };
}

function attributeValues(values: Readonly<Record<string, string | null>>) {
  return {
    attvalue: Object.entries(values)
      .filter(([, value]) => value)
      .map(([name, value]) => ({ '@_for': name, '@_value': value })),
  };
}

function rgb(color: string) {
  const value = Number.parseInt(color.slice(1), 16);
  return { '@_r': (value >> 16) & 255, '@_g': (value >> 8) & 255, '@_b': value & 255 };
}

export function writeGexf(graph: GraphModel, exportedOn: string): string {
  return xmlDocument({
    gexf: {
      '@_xmlns': 'http://gexf.net/1.3',
      '@_xmlns:viz': 'http://gexf.net/1.3/viz',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
      '@_version': '1.3',
      meta: { '@_lastmodifieddate': exportedOn, creator: 'Alliance Atlas', description: graph.title },
      graph: {
        '@_mode': 'dynamic',
        '@_timeformat': 'date',
        '@_defaultedgetype': 'directed',
        attributes: [attributeModel('node', NODE_ATTRIBUTES), attributeModel('edge', EDGE_ATTRIBUTES)],
        nodes: {
          node: graph.nodes.map((node) => ({
            '@_id': node.id,
            '@_label': node.label,
            ...interval(node.from, node.to),
            attvalues: attributeValues({ type: node.type, type_label: node.typeLabel, country: node.country, ...node.names, from: node.from, to: node.to }),
            ...(node.color ? { 'viz:color': rgb(node.color) } : {}),
          })),
        },
        edges: {
          edge: graph.edges.map((edge) => ({
            '@_id': edge.id,
            '@_source': edge.source,
            '@_target': edge.target,
            ...(edge.directed ? {} : { '@_type': 'undirected' }),
            '@_label': edge.label,
            ...interval(edge.from, edge.to),
            attvalues: attributeValues({ type: edge.type, relation: edge.relation, from: edge.from, to: edge.to }),
          })),
        },
      },
    },
  });
}

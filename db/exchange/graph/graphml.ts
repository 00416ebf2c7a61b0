import { NAME_ATTRIBUTES, type GraphModel } from './graph-model';
import { xmlDocument } from './xml-document';

/**
 * GraphML for yEd, Cytoscape desktop, NetworkX and the like. GraphML has no notion of time,
 * so the validity dates are attributes (`from`, `to`, as written in the dataset).
 */

const NODE_KEYS = ['label', 'type', 'type_label', 'country', ...NAME_ATTRIBUTES, 'from', 'to'];
const EDGE_KEYS = ['label', 'type', 'relation', 'from', 'to'];

function keys(kind: 'node' | 'edge', names: readonly string[]) {
  return names.map((name) => ({ '@_id': `${kind === 'node' ? 'n' : 'e'}_${name}`, '@_for': kind, '@_attr.name': name, '@_attr.type': 'string' }));
}

function data(kind: 'node' | 'edge', values: Readonly<Record<string, string | null>>) {
  return Object.entries(values)
    .filter(([, value]) => value)
    .map(([name, value]) => ({ '@_key': `${kind === 'node' ? 'n' : 'e'}_${name}`, '#text': value }));
}

export function writeGraphml(graph: GraphModel): string {
  return xmlDocument({
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: [...keys('node', NODE_KEYS), ...keys('edge', EDGE_KEYS)],
      graph: {
        '@_id': 'alliance-atlas',
        '@_edgedefault': 'directed',
        node: graph.nodes.map((node) => ({
          '@_id': node.id,
          data: data('node', { label: node.label, type: node.type, type_label: node.typeLabel, country: node.country, ...node.names, from: node.from, to: node.to }),
        })),
        edge: graph.edges.map((edge) => ({
          '@_id': edge.id,
          '@_source': edge.source,
          '@_target': edge.target,
          ...(edge.directed ? {} : { '@_directed': 'false' }),
          data: data('edge', { label: edge.label, type: edge.type, relation: edge.relation, from: edge.from, to: edge.to }),
        })),
      },
    },
  });
}

import { SEARCH_KINDS, type SearchHit, type SearchKind } from '../../../api/types';

export interface SearchGroup {
  readonly kind: SearchKind;
  readonly hits: readonly SearchHit[];
}

/** Results under one heading per kind (organizations, connections, events, sources), each in the backend's order. */
export function groupHits(hits: readonly SearchHit[]): SearchGroup[] {
  return SEARCH_KINDS.map((kind) => ({ kind, hits: hits.filter((hit) => hit.kind === kind) })).filter((group) => group.hits.length > 0);
}

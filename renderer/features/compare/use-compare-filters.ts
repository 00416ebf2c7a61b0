import { useMemo } from 'react';
import { useViewStore } from '../../state/view-store';
import type { MapFilters } from '../map/visibility';

/** The map's filters and as-of date, which every part of the comparison follows. */
export function useCompareFilters(): MapFilters {
  const hiddenGroups = useViewStore((s) => s.hiddenGroups);
  const hiddenActorTypes = useViewStore((s) => s.hiddenActorTypes);
  const hiddenLinkTypes = useViewStore((s) => s.hiddenLinkTypes);
  const asOfDate = useViewStore((s) => s.asOfDate);
  return useMemo(() => ({ hiddenGroups, hiddenActorTypes, hiddenLinkTypes, asOfDate }), [hiddenGroups, hiddenActorTypes, hiddenLinkTypes, asOfDate]);
}

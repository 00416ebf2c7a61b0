import type { BundleComparison } from '../../../api/exchange-types';
import type { LocalizedText, UiLanguage } from '../../../domain/languages';
import { pickText } from '../../../domain/languages';
import type { MapChanges } from '../map/change-marks';

/**
 * What the map marks of a comparison: organizations and connections added or changed (events
 * are not drawn on the map), and removed organizations as ghosts with their name and former parent.
 */
export function mapChangesOf(comparison: BundleComparison, removedParents: Readonly<Record<string, string | null>>, language: UiLanguage): MapChanges {
  const onMap = comparison.changes.filter((change) => change.list === 'actors' || change.list === 'relations');
  const ids = (kind: 'added' | 'changed') => new Set(onMap.filter((change) => change.change === kind).map((change) => change.id));
  return {
    added: ids('added'),
    changed: ids('changed'),
    removed: onMap
      .filter((change) => change.list === 'actors' && change.change === 'removed')
      .map((change) => ({ id: change.id, label: pickText(change.label as LocalizedText, [language]), parent: removedParents[change.id] ?? null })),
  };
}

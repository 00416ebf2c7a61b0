import type { TFunction } from 'i18next';
import type { HistoryEntry } from '../../../api/editing-types';

/** One change in words, in the UI language: "Edited organization “npa”", "Moved 1 node", "Reset the layout". */
export function describeChange(t: TFunction, entry: HistoryEntry): string {
  const summary = entry.summary;
  if (summary.action === 'move') return t('editing.change.move', { count: summary.count });
  if (summary.action === 'resetLayout') return t('editing.change.resetLayout', { count: summary.count });
  if (summary.action === 'scenes') return t(`editing.change.scenes.${summary.change}`);
  if (summary.action === 'briefing') return t(`editing.change.briefing.${summary.change}`);
  const kind = t(`editing.kind.${summary.recordKind}`);
  const base = t(`editing.change.${summary.action}`, { kind, id: summary.recordId });
  return summary.alsoChanged > 0 ? `${base} ${t('editing.change.alsoChanged', { count: summary.alsoChanged })}` : base;
}

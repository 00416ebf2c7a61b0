import type { BundleComparison, FieldChange, RecordChange } from '../../../api/exchange-types';
import { toCsv } from '../export/csv';
import type { ChangeLabels } from './change-labels';

/** A comparison as a changelog to hand out: Markdown for reading, CSV (Excel-safe) for sorting and filtering. */

export interface ChangelogTexts {
  readonly title: string;
  readonly intro: string;
  readonly columns: { readonly list: string; readonly change: string; readonly id: string; readonly record: string; readonly field: string; readonly before: string; readonly after: string };
}

/** Before and after of one field change; a set change lists the removed items before and the added ones after. */
function beforeAndAfter(change: RecordChange, field: FieldChange, labels: ChangeLabels): [string, string] {
  if (field.kind === 'value') return [labels.value(change.list, field, field.before), labels.value(change.list, field, field.after)];
  return [field.removed.length > 0 ? labels.items('removed', change.list, field) : '', field.added.length > 0 ? labels.items('added', change.list, field) : ''];
}

// Markdown treats these as markup; a line break would end the list item.
function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, '\\$&').replace(/\s*\r?\n\s*/g, ' ');
}

export function changelogMarkdown(comparison: BundleComparison, labels: ChangeLabels, texts: ChangelogTexts): string {
  const lines = [`# ${markdownText(texts.title)}`, '', markdownText(texts.intro)];
  let currentList: string | null = null;
  for (const change of comparison.changes) {
    if (change.list !== currentList) {
      currentList = change.list;
      lines.push('', `## ${markdownText(labels.list(change.list))}`, '');
    }
    lines.push(`- **${markdownText(labels.change(change.change))}** ${markdownText(labels.record(change))} (\`${change.id}\`)`);
    for (const field of change.fields) {
      const [before, after] = beforeAndAfter(change, field, labels);
      const what = field.kind === 'value' ? `${markdownText(before)} → ${markdownText(after)}` : markdownText([before, after].filter(Boolean).join('; '));
      lines.push(`  - ${markdownText(labels.field(field))}: ${what}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function changelogCsv(comparison: BundleComparison, labels: ChangeLabels, texts: ChangelogTexts): string {
  const { columns } = texts;
  const rows = comparison.changes.flatMap((change) => {
    const record = [labels.list(change.list), labels.change(change.change), change.id, labels.record(change)];
    if (change.fields.length === 0) return [[...record, '', '', '']];
    return change.fields.map((field) => [...record, labels.field(field), ...beforeAndAfter(change, field, labels)]);
  });
  return toCsv([[columns.list, columns.change, columns.id, columns.record, columns.field, columns.before, columns.after], ...rows]);
}

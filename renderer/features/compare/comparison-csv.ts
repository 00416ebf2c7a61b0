import type { LabelLanguage } from '../../../domain/languages';
import { toCsv } from '../export/csv';
import type { Comparison } from './comparison';
import { inLabelLanguage } from './names';

/**
 * The table as CSV for Excel: one row per function, one column per country, each cell the
 * organizations with the lead marked; ids are left out so the file reads as the screen does.
 * An empty cell says why, as on screen: nobody at this date (`none`), or nobody in the dataset
 * ever holds the function there (`notInDataset`).
 */
export function comparisonCsv(
  comparison: Comparison,
  language: LabelLanguage,
  texts: { readonly functionHeader: string; readonly functionLabel: (fn: string) => string; readonly lead: string; readonly none: string; readonly notInDataset: string },
): string {
  const header = [texts.functionHeader, ...comparison.columns.map((c) => inLabelLanguage(c.name, language))];
  const rows = comparison.rows.map((row) => [
    texts.functionLabel(row.fn),
    ...row.cells.map((cell) =>
      cell.holders.length === 0
        ? cell.inDataset
          ? texts.none
          : texts.notInDataset
        : cell.holders.map((h) => `${inLabelLanguage(h.actor.name, language)}${h.lead ? ` (${texts.lead})` : ''}`).join('; '),
    ),
  ]);
  return toCsv([header, ...rows]);
}

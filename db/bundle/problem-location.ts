import type { UiLanguage } from '../../domain/languages';
import type { RecordList } from './bundle-schema';
import { problemTranslator, wordText, type ProblemText } from './problem-catalogue';

/**
 * Turns a path into the bundle ("actors", 3, "name", "ja") into words a dataset editor can
 * act on: `actors[3] "nisc", field name.ja`. The record's id is read from the raw input so
 * the message names it even when the record failed the schema.
 */
export type ProblemPath = readonly PropertyKey[];

export interface BundleProblem {
  readonly path: ProblemPath;
  /** In English, for logs, `npm run check:data` and the English UI. */
  readonly message: string;
  /** The same finding as a key of problems.json and its values, for the other UI languages. */
  readonly text?: ProblemText;
}

function recordId(raw: unknown, list: string, index: number): string | undefined {
  const records = (raw as Record<string, unknown> | null)?.[list];
  const record = Array.isArray(records) ? (records[index] as Record<string, unknown> | undefined) : undefined;
  const id = record?.['id'] ?? record?.['code'];
  return typeof id === 'string' && id.length <= 80 ? id : undefined;
}

function recordLabel(raw: unknown, list: string, index: number): string {
  const id = recordId(raw, list, index);
  return id !== undefined ? `${list}[${index}] "${id}"` : `${list}[${index}]`;
}

function fieldLabel(path: ProblemPath): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

export function formatProblem(raw: unknown, problem: BundleProblem): string {
  const [list, index, ...field] = problem.path;
  if (typeof list !== 'string') return problem.message;
  if (typeof index !== 'number') {
    return `${fieldLabel(problem.path)}: ${problem.message}`;
  }
  const where = recordLabel(raw, list, index);
  return field.length === 0 ? `${where}: ${problem.message}` : `${where}, field ${fieldLabel(field)}: ${problem.message}`;
}

/**
 * `formatProblem` in the UI language: the same record and field (identifiers of the file,
 * kept as written), the sentence around them and the finding in `language`.
 */
export function describeProblem(raw: unknown, problem: BundleProblem, language: UiLanguage): string {
  if (language === 'en') return formatProblem(raw, problem);
  const t = problemTranslator(language);
  const message = problem.text ? wordText(problem.text, language) : wordText({ key: 'schema.invalid' }, language);
  const [list, index, ...field] = problem.path;
  if (typeof list !== 'string') return message;
  if (typeof index !== 'number') return t('frame.inField', { field: fieldLabel(problem.path), message });
  const id = recordId(raw, list, index);
  const record = id !== undefined ? t('frame.record', { list, index, id }) : t('frame.recordWithoutId', { list, index });
  return field.length === 0 ? t('frame.inRecord', { record, message }) : t('frame.inRecordField', { record, field: fieldLabel(field), message });
}

export function recordPath(list: RecordList, index: number, ...field: PropertyKey[]): ProblemPath {
  return [list, index, ...field];
}

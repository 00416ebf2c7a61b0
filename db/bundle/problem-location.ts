import type { RecordList } from './bundle-schema';

/**
 * Turns a path into the bundle ("actors", 3, "name", "ja") into words a dataset editor can
 * act on: `actors[3] "nisc", field name.ja`. The record's id is read from the raw input so
 * the message names it even when the record failed the schema.
 */
export type ProblemPath = readonly PropertyKey[];

export interface BundleProblem {
  readonly path: ProblemPath;
  readonly message: string;
}

function recordLabel(raw: unknown, list: string, index: number): string {
  const records = (raw as Record<string, unknown> | null)?.[list];
  const record = Array.isArray(records) ? (records[index] as Record<string, unknown> | undefined) : undefined;
  const id = record?.['id'] ?? record?.['code'];
  return typeof id === 'string' && id.length <= 80 ? `${list}[${index}] "${id}"` : `${list}[${index}]`;
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

export function recordPath(list: RecordList, index: number, ...field: PropertyKey[]): ProblemPath {
  return [list, index, ...field];
}

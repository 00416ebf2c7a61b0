import type { z } from 'zod';
import { bundleSchema, type Bundle } from './bundle-schema';
import { fieldsNewerThanVersion } from './format-versions';
import { integrityProblems } from './integrity-rules';
import { formatProblem, type BundleProblem, type ProblemPath } from './problem-location';
import { qualityProblems } from './quality-rules';

export type BundleValidation =
  | { readonly ok: true; readonly bundle: Bundle; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

function schemaProblems(error: z.ZodError): BundleProblem[] {
  return error.issues.flatMap((issue): BundleProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...issue.path, key], message: 'is not a field of this record (misspelt?)' }));
    }
    return [{ path: issue.path, message: issue.message }];
  });
}

/**
 * Checks a parsed bundle: the schema first, then the rules that look across records.
 * `describe` words each finding; bundles read from spreadsheets name sheet, row and column.
 */
export function validateBundle(raw: unknown, describe = (problem: BundleProblem) => formatProblem(raw, problem)): BundleValidation {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: ['The file is not a dataset bundle: expected a JSON object with "format": "alliance-atlas".'] };
  }
  const parsed = bundleSchema.safeParse(raw);
  const versionProblems = fieldsNewerThanVersion(raw as Record<string, unknown>);
  if (!parsed.success || versionProblems.length > 0) {
    // A v2 field in a v1 bundle is reported once, as such, not again for what is inside it.
    const within = (path: ProblemPath, prefix: ProblemPath) => prefix.every((part, i) => path[i] === part);
    const otherProblems = parsed.success ? [] : schemaProblems(parsed.error).filter((p) => !versionProblems.some((v) => within(p.path, v.path)));
    const problems = [...versionProblems, ...otherProblems];
    return { ok: false, problems: problems.map(describe) };
  }
  const problems = integrityProblems(parsed.data);
  if (problems.length > 0) return { ok: false, problems: problems.map(describe) };
  return { ok: true, bundle: parsed.data, warnings: qualityProblems(parsed.data).map(describe) };
}

function jsonErrorLocation(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.replace(/\s*\(line \d+ column \d+\)/, '')} (line ${line}, column ${column})`;
}

/** Parses and checks the text of a bundle file. */
export function validateBundleText(text: string): BundleValidation {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, problems: [`The file is not valid JSON: ${jsonErrorLocation(text, (error as Error).message)}`] };
  }
  return validateBundle(raw);
}

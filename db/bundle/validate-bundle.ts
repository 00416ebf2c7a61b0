import type { z } from 'zod';
import type { UiLanguage } from '../../domain/languages';
import { bundleSchema, type Bundle } from './bundle-schema';
import { fieldsNewerThanVersion } from './format-versions';
import { integrityProblems } from './integrity-rules';
import { problemTranslator, said, textOfEnglish } from './problem-catalogue';
import { describeProblem, type BundleProblem, type ProblemPath } from './problem-location';
import { qualityProblems } from './quality-rules';

export type BundleValidation =
  | { readonly ok: true; readonly bundle: Bundle; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

function schemaProblems(error: z.ZodError): BundleProblem[] {
  return error.issues.flatMap((issue): BundleProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...issue.path, key], ...said('schema.notAField') }));
    }
    // zod's own messages (not declared in the schema) have no key: other languages say "is not valid here".
    const text = textOfEnglish(issue.message);
    return [{ path: issue.path, message: issue.message, ...(text ? { text } : {}) }];
  });
}

/**
 * Checks a parsed bundle: the schema first, then the rules that look across records.
 * `describe` words each finding (by default in English); bundles read from spreadsheets
 * name sheet, row and column.
 */
export function validateBundle(raw: unknown, describe = (problem: BundleProblem) => describeProblem(raw, problem, 'en'), language: UiLanguage = 'en'): BundleValidation {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [problemTranslator(language)('file.notBundle')] };
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

function jsonErrorPosition(text: string, message: string): { line: number; column: number } | null {
  const position = /position (\d+)/.exec(message);
  if (!position) return null;
  const before = text.slice(0, Number(position[1]));
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

// English keeps the JSON parser's own explanation; other languages give only where it is.
function notJson(text: string, message: string, language: UiLanguage): string {
  const position = jsonErrorPosition(text, message);
  if (language === 'en') {
    return `The file is not valid JSON: ${position ? `${message.replace(/\s*\(line \d+ column \d+\)/, '')} (line ${position.line}, column ${position.column})` : message}`;
  }
  const t = problemTranslator(language);
  return position ? t('file.notJsonAt', position) : t('file.notJson');
}

/** Parses and checks the text of a bundle file; findings are worded in `language`. */
export function validateBundleText(text: string, language: UiLanguage = 'en'): BundleValidation {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, problems: [notJson(text, (error as Error).message, language)] };
  }
  return validateBundle(raw, (problem) => describeProblem(raw, problem, language), language);
}

import { REQUIRED_DATA_LANGUAGES, type LocalizedText } from '../../domain/languages';
import type { ActorType } from '../../domain/vocabulary';
import type { Bundle, BundleCitation } from './bundle-schema';
import { formatProblem, recordPath, type BundleProblem } from './problem-location';
import { validateBundleText } from './validate-bundle';

/**
 * The dataset check behind `npm run check:data`: every loading rule and every quality rule
 * must pass (quality problems fail here although loading only warns about them), the rules
 * of a dataset fit to ship pass too, and the dataset's counts are reported.
 */

/** Kinds of actor that are not organizations, or whose functions are optional (format v2). */
const ROLES_OPTIONAL: ReadonlySet<ActorType> = new Set(['sector', 'framework', 'dialogue', 'program']);
const KANA_OR_KANJI = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** What the shipped dataset must have although a user's bundle may leave it out. */
function shippingProblems(bundle: Bundle): BundleProblem[] {
  const problems: BundleProblem[] = [];
  if (!bundle.release) {
    problems.push({ path: ['release'], message: 'is missing: the shipped dataset says when it was released and what changed (format version 2)' });
  }
  bundle.actors.forEach((actor, index) => {
    if (actor.roles.length === 0 && !ROLES_OPTIONAL.has(actor.type)) {
      problems.push({ path: recordPath('actors', index, 'roles'), message: 'lists no function: every organization carries its functions, each cited' });
    }
    const japaneseName = actor.name['ja'];
    if (!actor.reading && japaneseName && KANA_OR_KANJI.test(japaneseName)) {
      problems.push({ path: recordPath('actors', index, 'reading'), message: `is missing: give the hiragana reading of "${japaneseName}"` });
    }
  });
  return problems;
}

export interface DatasetReport {
  readonly actorsByCountryAndType: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly relationsByType: Readonly<Record<string, number>>;
  readonly eventsByCategory: Readonly<Record<string, number>>;
  readonly sources: number;
  readonly citationsByConfidence: Readonly<Record<string, number>>;
  /** For each language: how many of the dataset's localized texts exist in it, of how many. */
  readonly languageCoverage: Readonly<Record<string, { readonly present: number; readonly total: number }>>;
  readonly unofficialNames: Readonly<Record<string, number>>;
  readonly notes: number;
  /** Actors, relations and events: how many, how many cite an official source, how many cite only one source. */
  readonly records: { readonly total: number; readonly withOfficialCitation: number; readonly singleSource: number };
  /** Records whose one citation is reported or analyst: a warning, not a failure, so they get a better source. */
  readonly weaklySourced: readonly string[];
  readonly rolesByFunction: Readonly<Record<string, number>>;
  readonly leadsByFunction: Readonly<Record<string, number>>;
  readonly readings: number;
  readonly release: string | null;
}

export type DatasetCheck =
  | { readonly ok: true; readonly report: DatasetReport }
  | { readonly ok: false; readonly problems: readonly string[]; readonly report: DatasetReport | null };

function tally(keys: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

function localizedTexts(bundle: Bundle): (LocalizedText | null | undefined)[] {
  return [
    bundle.title,
    ...(bundle.release?.changes ?? []),
    ...bundle.countries.map((c) => c.name),
    ...bundle.sources.map((s) => s.title),
    ...bundle.actors.flatMap((a) => [a.name, a.short, a.description, a.note]),
    ...bundle.relations.flatMap((r) => [r.description, r.note]),
    ...bundle.events.flatMap((e) => [e.title, e.summary, e.note]),
  ];
}

function confidenceOf(citation: BundleCitation): string {
  return typeof citation === 'string' ? 'unstated' : citation.confidence;
}

function citedRecords(bundle: Bundle): { label: string; sources: readonly BundleCitation[] }[] {
  return [
    ...bundle.actors.map((r, i) => ({ label: `actors[${i}] "${r.id}"`, sources: r.sources })),
    ...bundle.relations.map((r, i) => ({ label: `relations[${i}] "${r.id}"`, sources: r.sources })),
    ...bundle.events.map((r, i) => ({ label: `events[${i}] "${r.id}"`, sources: r.sources })),
  ];
}

export function datasetReport(bundle: Bundle): DatasetReport {
  const records = citedRecords(bundle);
  const texts = localizedTexts(bundle).filter((t): t is LocalizedText => Boolean(t));
  const languages = [...new Set([...REQUIRED_DATA_LANGUAGES, ...texts.flatMap((t) => Object.keys(t))])];
  const roles = bundle.actors.flatMap((a) => a.roles);
  const citations: BundleCitation[] = [...bundle.actors, ...bundle.relations, ...bundle.events, ...roles].flatMap((r) => r.sources);
  const byCountry: Record<string, Record<string, number>> = {};
  for (const actor of bundle.actors) {
    const country = actor.country ?? 'bilateral/multilateral';
    byCountry[country] = { ...byCountry[country], [actor.type]: (byCountry[country]?.[actor.type] ?? 0) + 1 };
  }
  return {
    actorsByCountryAndType: byCountry,
    relationsByType: tally(bundle.relations.map((r) => r.type)),
    eventsByCategory: tally(bundle.events.map((e) => e.category)),
    sources: bundle.sources.length,
    citationsByConfidence: tally(citations.map(confidenceOf)),
    languageCoverage: Object.fromEntries(
      languages.map((lang) => [lang, { present: texts.filter((t) => (t[lang] ?? '').trim() !== '').length, total: texts.length }]),
    ),
    unofficialNames: tally(bundle.actors.flatMap((a) => a.unofficialName)),
    notes: [...bundle.actors, ...bundle.relations, ...bundle.events].filter((r) => r.note).length,
    records: {
      total: records.length,
      withOfficialCitation: records.filter((r) => r.sources.some((c) => confidenceOf(c) === 'official')).length,
      singleSource: records.filter((r) => r.sources.length === 1).length,
    },
    weaklySourced: records
      .filter((r) => r.sources.length === 1 && ['reported', 'analyst'].includes(confidenceOf(r.sources[0]!)))
      .map((r) => `${r.label} (${confidenceOf(r.sources[0]!)})`),
    rolesByFunction: tally(roles.map((r) => r.function)),
    leadsByFunction: tally(roles.filter((r) => r.lead).map((r) => r.function)),
    readings: bundle.actors.filter((a) => a.reading).length,
    release: bundle.release?.date ?? null,
  };
}

export function checkDataset(text: string): DatasetCheck {
  const validation = validateBundleText(text);
  if (!validation.ok) return { ok: false, problems: validation.problems, report: null };
  const report = datasetReport(validation.bundle);
  const problems = [...validation.warnings, ...shippingProblems(validation.bundle).map((p) => formatProblem(validation.bundle, p))];
  return problems.length > 0 ? { ok: false, problems, report } : { ok: true, report };
}

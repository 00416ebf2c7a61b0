import { REQUIRED_DATA_LANGUAGES, type LocalizedText } from '../../domain/languages';
import type { Bundle, BundleCitation } from './bundle-schema';
import { validateBundleText } from './validate-bundle';

/**
 * The dataset check behind `npm run check:data`: every loading rule and every quality rule
 * must pass (quality problems fail here although loading only warns about them), and the
 * dataset's counts are reported.
 */

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
  const citations: BundleCitation[] = [...bundle.actors, ...bundle.relations, ...bundle.events].flatMap((r) => r.sources);
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
  };
}

export function checkDataset(text: string): DatasetCheck {
  const validation = validateBundleText(text);
  if (!validation.ok) return { ok: false, problems: validation.problems, report: null };
  const report = datasetReport(validation.bundle);
  return validation.warnings.length > 0 ? { ok: false, problems: validation.warnings, report } : { ok: true, report };
}

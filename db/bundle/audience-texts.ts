import type { Bundle, RecordList } from './bundle-schema';
import { recordPath, type ProblemPath } from './problem-location';

/** One text a reader of the map can see, with where it sits in the bundle. */
export interface AudienceText {
  readonly path: ProblemPath;
  readonly text: string;
}

type Localized = Readonly<Record<string, string>> | null | undefined;

function localizedTexts(list: RecordList, index: number, field: string, value: Localized): AudienceText[] {
  return Object.entries(value ?? {}).map(([lang, text]) => ({ path: recordPath(list, index, field, lang), text }));
}

/**
 * Every text the app shows to an audience: names, short names, aliases, descriptions, notes,
 * titles and summaries, and source titles. Ids, addresses and publishers' codes are not among them.
 */
export function audienceTexts(bundle: Bundle): AudienceText[] {
  return [
    ...Object.entries(bundle.title).map(([lang, text]) => ({ path: ['title', lang], text })),
    ...bundle.countries.flatMap((c, i) => localizedTexts('countries', i, 'name', c.name)),
    ...bundle.sources.flatMap((s, i) => localizedTexts('sources', i, 'title', s.title)),
    ...bundle.actors.flatMap((a, i) => [
      ...localizedTexts('actors', i, 'name', a.name),
      ...localizedTexts('actors', i, 'short', a.short),
      ...localizedTexts('actors', i, 'description', a.description),
      ...localizedTexts('actors', i, 'note', a.note),
      ...a.aliases.map((text, j) => ({ path: recordPath('actors', i, 'aliases', j), text })),
    ]),
    ...bundle.relations.flatMap((r, i) => [
      ...localizedTexts('relations', i, 'description', r.description),
      ...localizedTexts('relations', i, 'note', r.note),
    ]),
    ...bundle.events.flatMap((e, i) => [
      ...localizedTexts('events', i, 'title', e.title),
      ...localizedTexts('events', i, 'summary', e.summary),
      ...localizedTexts('events', i, 'note', e.note),
    ]),
  ];
}

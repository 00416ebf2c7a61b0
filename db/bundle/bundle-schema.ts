import { z } from 'zod';
import { REQUIRED_DATA_LANGUAGES } from '../../domain/languages';
import { isPartialDate } from '../../domain/partial-date';
import { ACTOR_FUNCTIONS, ACTOR_TYPES, CONFIDENCE_LEVELS, EVENT_CATEGORIES, RELATION_TYPES } from '../../domain/vocabulary';
import { english } from './problem-catalogue';

/**
 * The dataset bundle, format v2 (v1 is v2 without roles, readings and release: see
 * format-versions.ts). docs/dataset-format.md is the prose version of this file.
 */

export const BUNDLE_FORMAT = 'alliance-atlas';
export const BUNDLE_VERSIONS = [1, 2] as const;
export const CURRENT_BUNDLE_VERSION = 2;

// Control characters and bidirectional overrides have no place in names and descriptions:
// the first break layouts and exports, the second can make text read differently than stored.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

function text(maxLength: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? english('schema.required') : english('schema.mustBeText')) })
    .max(maxLength, english('schema.tooLong', { maximum: maxLength }))
    .refine((value) => !FORBIDDEN_CHARACTERS.test(value), english('schema.forbiddenCharacters'));
}

const languageCode = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, english('schema.notLanguageCode'));

function localized(maxLength: number) {
  return z
    .record(languageCode, text(maxLength), { error: english('schema.mustBeTexts') })
    .superRefine((value, ctx) => {
      for (const lang of REQUIRED_DATA_LANGUAGES) {
        const entry = value[lang];
        if (entry === undefined) ctx.addIssue({ code: 'custom', path: [lang], message: english('schema.textMissing', { lang }) });
        else if (entry.trim() === '') ctx.addIssue({ code: 'custom', path: [lang], message: english('schema.textEmpty', { lang }) });
      }
    });
}

export const RECORD_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const recordId = z
  .string({ error: (issue) => (issue.input === undefined ? english('schema.required') : english('schema.mustBeText')) })
  .regex(RECORD_ID_PATTERN, english('schema.badId'));

const partialDate = z
  .string({ error: english('schema.dateAsText') })
  .refine(isPartialDate, english('schema.notRealPartialDate'));

const optionalDate = partialDate.nullish();

const citation = z.union(
  [recordId, z.object({ id: recordId, confidence: z.enum(CONFIDENCE_LEVELS) }).strict()],
  { error: english('schema.citation', { values: CONFIDENCE_LEVELS.join('" | "') }) },
);

const citations = z.array(citation, { error: english('schema.sourceList') }).default([]);

const role = z
  .object({
    function: z.enum(ACTOR_FUNCTIONS, { error: english('schema.oneOf', { values: ACTOR_FUNCTIONS.join(', ') }) }),
    lead: z.boolean({ error: english('schema.trueOrFalse') }).optional(),
    sources: z
      .array(citation, { error: (issue) => (issue.input === undefined ? english('schema.roleSourcesRequired') : english('schema.sourceList')) })
      .min(1, english('schema.atLeastOneSource')),
  })
  .strict();

// Hiragana, the long-vowel mark of loanwords, ・ and single spaces between words.
const READING_PATTERN = /^[\u3041-\u3096\u30FC\u30FB]+(?: [\u3041-\u3096\u30FC\u30FB]+)*$/;
const reading = text(300).regex(READING_PATTERN, english('schema.hiragana'));

const isoDay = z
  .string({ error: (issue) => (issue.input === undefined ? english('schema.required') : english('schema.dayAsText')) })
  .regex(/^\d{4}-\d{2}-\d{2}$/, english('schema.fullDate'))
  .refine(isPartialDate, english('schema.notRealDate'));

const release = z
  .object({
    date: isoDay,
    changes: z
      .array(localized(500), { error: english('schema.changeList') })
      .min(1, english('schema.atLeastOneChange'))
      .max(40, english('schema.tooManyChanges', { maximum: 40 })),
  })
  .strict();

const country = z
  .object({
    code: z.string({ error: english('schema.required') }).regex(/^[A-Z]{2,3}$/, english('schema.countryCode')),
    name: localized(200),
    color: z.string({ error: english('schema.required') }).regex(/^#[0-9a-fA-F]{6}$/, english('schema.colour')),
  })
  .strict();

const source = z
  .object({
    id: recordId,
    title: localized(500),
    publisher: text(300).nullish(),
    date: optionalDate,
    url: z
      .url({ protocol: /^https?$/, error: english('schema.webAddress') })
      .max(2000, english('schema.tooLong', { maximum: 2000 }))
      .nullish(),
  })
  .strict();

const actor = z
  .object({
    id: recordId,
    type: z.enum(ACTOR_TYPES, { error: english('schema.oneOf', { values: ACTOR_TYPES.join(', ') }) }),
    country: z.string({ error: english('schema.countryOrNull') }).nullable(),
    name: localized(300),
    short: localized(80).nullish(),
    reading: reading.nullish(),
    description: localized(5000),
    aliases: z.array(text(300), { error: english('schema.nameList') }).default([]),
    unofficialName: z.array(languageCode, { error: english('schema.languageCodeList') }).default([]),
    parent: recordId.nullish(),
    from: optionalDate,
    to: optionalDate,
    succeededBy: recordId.nullish(),
    roles: z.array(role, { error: english('schema.roleList') }).default([]),
    note: localized(2000).nullish(),
    sources: citations,
  })
  .strict();

const relation = z
  .object({
    id: recordId,
    type: z.enum(RELATION_TYPES, { error: english('schema.oneOf', { values: RELATION_TYPES.join(', ') }) }),
    source: recordId,
    target: recordId,
    from: optionalDate,
    to: optionalDate,
    description: localized(2000),
    note: localized(2000).nullish(),
    sources: citations,
  })
  .strict();

const event = z
  .object({
    id: recordId,
    date: partialDate,
    endDate: optionalDate,
    category: z.enum(EVENT_CATEGORIES, { error: english('schema.oneOf', { values: EVENT_CATEGORIES.join(', ') }) }),
    title: localized(300),
    summary: localized(5000),
    actors: z.array(recordId, { error: english('schema.actorIdList') }).default([]),
    note: localized(2000).nullish(),
    sources: citations,
  })
  .strict();

function list<T extends z.ZodType>(item: T) {
  return z.array(item, { error: english('schema.list') });
}

export const bundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT, { error: english('schema.format', { format: BUNDLE_FORMAT }) }),
    version: z.literal(BUNDLE_VERSIONS, { error: english('schema.version', { oldest: BUNDLE_VERSIONS[0], newest: CURRENT_BUNDLE_VERSION }) }),
    title: localized(300),
    release: release.optional(),
    countries: list(country).min(1, english('schema.atLeastOneCountry')),
    sources: list(source),
    actors: list(actor).min(1, english('schema.atLeastOneActor')),
    relations: list(relation),
    events: list(event),
  })
  .strict();

export type Bundle = z.output<typeof bundleSchema>;
export type BundleActor = Bundle['actors'][number];
export type BundleRelation = Bundle['relations'][number];
export type BundleEvent = Bundle['events'][number];
export type BundleCitation = BundleActor['sources'][number];
export type BundleRole = BundleActor['roles'][number];
export type BundleRelease = NonNullable<Bundle['release']>;
export type RecordList = 'countries' | 'sources' | 'actors' | 'relations' | 'events';
export const RECORD_LISTS: readonly RecordList[] = ['countries', 'sources', 'actors', 'relations', 'events'];

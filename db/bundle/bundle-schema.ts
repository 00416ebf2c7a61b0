import { z } from 'zod';
import { REQUIRED_DATA_LANGUAGES } from '../../domain/languages';
import { isPartialDate } from '../../domain/partial-date';
import { ACTOR_FUNCTIONS, ACTOR_TYPES, CONFIDENCE_LEVELS, EVENT_CATEGORIES, RELATION_TYPES } from '../../domain/vocabulary';

/**
 * The dataset bundle, format v2 (v1 is v2 without roles, readings and release: see
 * format-versions.ts). docs/dataset-format.md is the prose version of this file.
 */

export const BUNDLE_FORMAT = 'alliance-atlas';
export const BUNDLE_VERSIONS = [1, 2] as const;
export const CURRENT_BUNDLE_VERSION = 2;

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ja: 'Japanese' };

// Control characters and bidirectional overrides have no place in names and descriptions:
// the first break layouts and exports, the second can make text read differently than stored.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

function text(maxLength: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .max(maxLength, `is longer than ${maxLength} characters`)
    .refine((value) => !FORBIDDEN_CHARACTERS.test(value), 'contains control or text-direction characters');
}

const languageCode = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'is not a language code');

function localized(maxLength: number) {
  return z
    .record(languageCode, text(maxLength), { error: 'must be an object of texts by language, like {"en": "…", "ja": "…"}' })
    .superRefine((value, ctx) => {
      for (const lang of REQUIRED_DATA_LANGUAGES) {
        const entry = value[lang];
        const language = LANGUAGE_NAMES[lang] ?? lang;
        if (entry === undefined) ctx.addIssue({ code: 'custom', path: [lang], message: `${language} text is missing` });
        else if (entry.trim() === '') ctx.addIssue({ code: 'custom', path: [lang], message: `${language} text is empty` });
      }
    });
}

export const RECORD_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const recordId = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
  .regex(RECORD_ID_PATTERN, 'must be lower-case letters, digits, "_" or "-" (at most 64)');

const partialDate = z
  .string({ error: 'must be a date written as text, like "2017-07-20"' })
  .refine(isPartialDate, 'is not a real date like "2017", "2017-05" or "2017-07-20"');

const optionalDate = partialDate.nullish();

const citation = z.union(
  [recordId, z.object({ id: recordId, confidence: z.enum(CONFIDENCE_LEVELS) }).strict()],
  { error: `must be a source id or {"id": "…", "confidence": "${CONFIDENCE_LEVELS.join('" | "')}"}` },
);

const citations = z.array(citation, { error: 'must be a list of sources' }).default([]);

const role = z
  .object({
    function: z.enum(ACTOR_FUNCTIONS, { error: `must be one of: ${ACTOR_FUNCTIONS.join(', ')}` }),
    lead: z.boolean({ error: 'must be true or false' }).optional(),
    sources: z
      .array(citation, { error: (issue) => (issue.input === undefined ? 'is required: every role cites a source' : 'must be a list of sources') })
      .min(1, 'must cite at least one source'),
  })
  .strict();

// Hiragana, the long-vowel mark of loanwords, ・ and single spaces between words.
const READING_PATTERN = /^[\u3041-\u3096\u30FC\u30FB]+(?: [\u3041-\u3096\u30FC\u30FB]+)*$/;
const reading = text(300).regex(READING_PATTERN, 'must be written in hiragana (ー, ・ and single spaces between words allowed)');

const isoDay = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a date written as text, like "2026-12-02"') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a full date like "2026-12-02"')
  .refine(isPartialDate, 'is not a real date');

const release = z
  .object({
    date: isoDay,
    changes: z
      .array(localized(500), { error: 'must be a list of changes, each like {"en": "…", "ja": "…"}' })
      .min(1, 'must list at least one change')
      .max(40, 'lists more than 40 changes: keep the changelog short'),
  })
  .strict();

const country = z
  .object({
    code: z.string({ error: 'is required' }).regex(/^[A-Z]{2,3}$/, 'must be 2–3 upper-case letters'),
    name: localized(200),
    color: z.string({ error: 'is required' }).regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#c8102e"'),
  })
  .strict();

const source = z
  .object({
    id: recordId,
    title: localized(500),
    publisher: text(300).nullish(),
    date: optionalDate,
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) address' })
      .max(2000, 'is longer than 2000 characters')
      .nullish(),
  })
  .strict();

const actor = z
  .object({
    id: recordId,
    type: z.enum(ACTOR_TYPES, { error: `must be one of: ${ACTOR_TYPES.join(', ')}` }),
    country: z.string({ error: 'must be a country code or null' }).nullable(),
    name: localized(300),
    short: localized(80).nullish(),
    reading: reading.nullish(),
    description: localized(5000),
    aliases: z.array(text(300), { error: 'must be a list of names' }).default([]),
    unofficialName: z.array(languageCode, { error: 'must be a list of language codes' }).default([]),
    parent: recordId.nullish(),
    from: optionalDate,
    to: optionalDate,
    succeededBy: recordId.nullish(),
    roles: z.array(role, { error: 'must be a list of roles' }).default([]),
    note: localized(2000).nullish(),
    sources: citations,
  })
  .strict();

const relation = z
  .object({
    id: recordId,
    type: z.enum(RELATION_TYPES, { error: `must be one of: ${RELATION_TYPES.join(', ')}` }),
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
    category: z.enum(EVENT_CATEGORIES, { error: `must be one of: ${EVENT_CATEGORIES.join(', ')}` }),
    title: localized(300),
    summary: localized(5000),
    actors: z.array(recordId, { error: 'must be a list of actor ids' }).default([]),
    note: localized(2000).nullish(),
    sources: citations,
  })
  .strict();

function list<T extends z.ZodType>(item: T) {
  return z.array(item, { error: 'must be a list' });
}

export const bundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT, { error: `must be "${BUNDLE_FORMAT}"` }),
    version: z.literal(BUNDLE_VERSIONS, { error: `must be ${BUNDLE_VERSIONS.join(' or ')} (the format versions this app reads)` }),
    title: localized(300),
    release: release.optional(),
    countries: list(country).min(1, 'must list at least one country'),
    sources: list(source),
    actors: list(actor).min(1, 'must list at least one actor'),
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

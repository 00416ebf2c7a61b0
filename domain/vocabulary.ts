/**
 * The closed vocabularies of the dataset. The bundle schema, the database checks and the
 * renderer's legend all read these lists, so adding a type is a one-line change here plus
 * its labels in locales/{en,ja}/vocabulary.json.
 */

export const ACTOR_TYPES = [
  'government',
  'executive',
  'ministry',
  'agency',
  'regulator',
  'military',
  'law_enforcement',
  'cert',
  'isac',
  'company',
  'association',
  'think_tank',
  'program',
  'framework',
  'dialogue',
  'sector',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const RELATION_TYPES = [
  'oversees',
  'leads',
  'coordinates',
  'secretariat_of',
  'participates_in',
  'member_of',
  'signatory_to',
  'shares_information_with',
  'cooperates_with',
  'supports',
  'delegates_to',
  'counterpart_of',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations that read the same in both directions; the map draws them without an arrow. */
export const SYMMETRIC_RELATION_TYPES: ReadonlySet<RelationType> = new Set([
  'shares_information_with',
  'cooperates_with',
  'counterpart_of',
]);

/** Links that are not relation records but come from actor fields (`parent`, `succeededBy`). */
export const DERIVED_LINK_TYPES = ['part_of', 'succeeded_by'] as const;
export type DerivedLinkType = (typeof DERIVED_LINK_TYPES)[number];

export type LinkType = RelationType | DerivedLinkType;
export const LINK_TYPES: readonly LinkType[] = [...RELATION_TYPES, ...DERIVED_LINK_TYPES];

export const EVENT_CATEGORIES = ['dialogue', 'law', 'agreement', 'exercise', 'incident', 'organization'] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const CONFIDENCE_LEVELS = ['official', 'reported', 'analyst'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/**
 * What an organization does: the rows of the comparison view. The order is the row order.
 * GAO-20-629's role categories and PPD-41's lines of effort informed the list; no country is
 * built in, so a bundle of any countries can use it.
 */
export const ACTOR_FUNCTIONS = [
  'strategy_coordination',
  'ci_protection',
  'information_sharing',
  'incident_response',
  'law_enforcement',
  'intelligence',
  'military_cyber',
  'diplomacy',
  'standards_research',
  'data_protection',
  'oversight',
] as const;
export type ActorFunction = (typeof ACTOR_FUNCTIONS)[number];

import type { LabelLanguage, LocalizedText, UiLanguage } from '../domain/languages';
import type { ActorFunction, ActorType, Confidence, EventCategory, LinkType, RelationType } from '../domain/vocabulary';
import type { UserMessage } from './messages';

/** The values the main process returns. Text comes in every language so a switch needs no round trip. */

export interface CountryView {
  readonly code: string;
  readonly name: LocalizedText;
  readonly color: string;
}

/** A function an organization performs; `lead` marks the body that leads it for its country. */
export interface ActorRole {
  readonly function: ActorFunction;
  readonly lead: boolean;
}

export interface ActorSummary {
  readonly id: string;
  readonly type: ActorType;
  /** null for bilateral and multilateral frameworks. */
  readonly country: string | null;
  readonly name: LocalizedText;
  readonly short: LocalizedText | null;
  /** Languages in which the name is our own translation rather than an official name. */
  readonly unofficialName: readonly string[];
  /** Hiragana reading of the Japanese name, for search; null when the dataset gives none. */
  readonly reading: string | null;
  readonly parent: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly succeededBy: string | null;
  /** In the dataset's order; empty for bundles of format v1. */
  readonly roles: readonly ActorRole[];
}

export interface RelationSummary {
  readonly id: string;
  readonly type: RelationType;
  readonly source: string;
  readonly target: string;
  readonly from: string | null;
  readonly to: string | null;
}

export interface EventSummary {
  readonly id: string;
  readonly date: string;
  readonly endDate: string | null;
  readonly category: EventCategory;
  readonly title: LocalizedText;
  readonly actors: readonly string[];
}

export interface MapPosition {
  readonly x: number;
  readonly y: number;
}

/** When the dataset was released and what that release changed. */
export interface DatasetRelease {
  /** ISO day, e.g. 2026-12-02. */
  readonly date: string;
  readonly changes: readonly LocalizedText[];
}

export interface DatasetInfo {
  readonly title: LocalizedText;
  /** null for bundles that do not say (format v1). */
  readonly release: DatasetRelease | null;
  /** File name of the bundle the database was built from. */
  readonly sourceName: string;
  readonly importedAt: string;
  /** Languages present in the data, English first. */
  readonly languages: readonly string[];
  /** Quality findings that did not stop the import. */
  readonly warnings: readonly string[];
}

/** Something the user should know about how the app started, e.g. a refused --dataset file or a database restored from a backup. */
export interface StartupNotice {
  readonly kind: 'dataset_refused' | 'dataset_warnings' | 'database_recovered';
  /** What happened, sentence by sentence, for the renderer to say in the UI language. */
  readonly texts: readonly UserMessage[];
  /** The same in English, for logs and the preview's console. */
  readonly message: string;
  /** At most PROBLEMS_SHOWN findings… */
  readonly problems: readonly string[];
  /** …out of this many. */
  readonly problemCount: number;
}

export interface AtlasData {
  readonly dataset: DatasetInfo;
  readonly countries: readonly CountryView[];
  readonly actors: readonly ActorSummary[];
  readonly relations: readonly RelationSummary[];
  readonly events: readonly EventSummary[];
  readonly positions: Readonly<Record<string, MapPosition>>;
  readonly notices: readonly StartupNotice[];
}

export interface SourceView {
  readonly id: string;
  readonly title: LocalizedText;
  readonly publisher: string | null;
  readonly date: string | null;
  readonly url: string | null;
}

export interface CitationView {
  readonly source: SourceView;
  readonly confidence: Confidence | null;
}

export type CitingRecordKind = 'actor' | 'relation' | 'event';

/** A source and every record that cites it: the sources view. */
export interface SourceWithCitations {
  readonly source: SourceView;
  readonly citedBy: readonly { readonly kind: CitingRecordKind; readonly id: string; readonly confidence: Confidence | null }[];
}

export interface RelationOfActor {
  readonly relation: RelationSummary;
  readonly description: LocalizedText;
  readonly direction: 'outgoing' | 'incoming';
  readonly otherActorId: string;
}

export interface ActorRoleDetails extends ActorRole {
  readonly citations: readonly CitationView[];
}

export interface ActorDetails {
  readonly actor: ActorSummary;
  /** The actor's roles with the sources behind each. */
  readonly roles: readonly ActorRoleDetails[];
  readonly description: LocalizedText;
  readonly aliases: readonly string[];
  readonly note: LocalizedText | null;
  readonly children: readonly string[];
  readonly predecessors: readonly string[];
  readonly relations: readonly RelationOfActor[];
  readonly events: readonly EventSummary[];
  readonly citations: readonly CitationView[];
}

export interface RelationDetails {
  readonly relation: RelationSummary;
  readonly description: LocalizedText;
  readonly note: LocalizedText | null;
  readonly citations: readonly CitationView[];
}

export interface EventDetails {
  readonly event: EventSummary;
  readonly summary: LocalizedText;
  readonly note: LocalizedText | null;
  readonly citations: readonly CitationView[];
}

/** What a scene restores: everything that decides what the map shows and how. */
export interface SceneView {
  readonly hiddenGroups: readonly string[];
  readonly hiddenActorTypes: readonly ActorType[];
  readonly hiddenLinkTypes: readonly LinkType[];
  readonly asOfDate: string | null;
  readonly selection: { readonly kind: 'actor' | 'relation' | 'event'; readonly id: string } | null;
  /** The part of the map in view, in map coordinates, so a scene frames the same area on any screen. */
  readonly viewport: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
  /** Label language of the map: one language, or both. */
  readonly labels: LabelLanguage;
  readonly positions: Readonly<Record<string, MapPosition>>;
  /**
   * Organizations and groups drawn with their units. Absent in scenes saved before the map had
   * collapsible groups: those showed every organization, so they open fully expanded.
   */
  readonly expanded?: readonly string[];
  /** One organization with its neighbours instead of the whole map. */
  readonly focus?: { readonly actorId: string; readonly depth: 1 | 2 } | null;
  /** The comparison of who does what was open beside the map: the scene shows it and the PDF pack prints it. */
  readonly comparison?: boolean;
}

export interface Scene {
  readonly id: number;
  readonly title: LocalizedText;
  /** Speaker notes; shown to the presenter only. */
  readonly notes: LocalizedText;
  /** Adds to what the previous scene showed instead of replacing it. */
  readonly cumulative: boolean;
  readonly view: SceneView;
  readonly updatedAt: string;
}

export interface BriefingSummary {
  readonly id: number;
  readonly title: LocalizedText;
  readonly sceneCount: number;
  readonly updatedAt: string;
}

export interface Briefing {
  readonly id: number;
  readonly title: LocalizedText;
  /** In presentation order. */
  readonly scenes: readonly Scene[];
  readonly updatedAt: string;
}

export interface PresentingResult {
  /** True when the desktop app opened a presenter window on a second display. */
  readonly presenterWindow: boolean;
}

/** What a search result is: the kinds of record search covers, in the order the results are grouped. */
export const SEARCH_KINDS = ['actor', 'relation', 'event', 'source'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** `reading`: the hiragana reading of a Japanese name; `title`: an event's or a source's title. */
export type SearchField = 'name' | 'short' | 'alias' | 'reading' | 'description' | 'title' | 'publisher';

export interface SearchHit {
  readonly kind: SearchKind;
  readonly id: string;
  readonly field: SearchField;
  /** Language of the matched text; null for aliases and publishers, which have none. */
  readonly lang: string | null;
  /** The text that matched (for a reading match, the reading of the Japanese name). */
  readonly text: string;
  /** How it matched: the text itself, a reading, or an English word with a typo. */
  readonly way: 'text' | 'reading' | 'fuzzy';
  /** The record's name or title in every language (sources are not part of AtlasData). */
  readonly title: LocalizedText;
  /**
   * For matches in descriptions and summaries: the passage in the language asked for, around
   * the match when it is in that language, otherwise the start of that language's text.
   */
  readonly snippet: string | null;
}

export interface Settings {
  /** null until the user chooses; the renderer then follows the system language. */
  readonly uiLanguage: UiLanguage | null;
  /** null until the user chooses; map labels then follow the UI language. */
  readonly labelLanguage: LabelLanguage | null;
  /** What the user was looking at when the app last closed; null on a first run. */
  readonly workingView: WorkingView | null;
}

/** Filters, date, selection, expanded groups, focus, framing and panel sizes, kept across restarts. */
export interface WorkingView {
  readonly hiddenGroups: readonly string[];
  readonly hiddenActorTypes: readonly ActorType[];
  readonly hiddenLinkTypes: readonly LinkType[];
  readonly asOfDate: string | null;
  readonly selection: SceneView['selection'];
  readonly expanded: readonly string[] | null;
  readonly focus: { readonly actorId: string; readonly depth: 1 | 2 } | null;
  readonly viewport: SceneView['viewport'] | null;
  readonly timelineOpen: boolean;
  readonly timelineHeight: number | null;
  readonly timelineLanes: 'category' | 'country';
  readonly sidebarCollapsed: boolean;
}

export interface ImportSummary {
  readonly actors: number;
  readonly relations: number;
  readonly events: number;
  readonly sources: number;
  /** The first PROBLEMS_SHOWN quality warnings… */
  readonly warnings: readonly string[];
  /** …out of this many. */
  readonly warningCount: number;
  /** Where the previous database was copied before the import; null when there was nothing to keep. */
  readonly backupFile: string | null;
}

/** Why a backup was taken. */
export type BackupKind = 'before-import' | 'before-migration' | 'before-restore' | 'after-changes' | 'on-quit' | 'other';

/** A backup in the data folder's backups/ folder, as the backups dialog lists it. */
export interface BackupInfo {
  /** File name inside backups/; also what restoreBackup is given. */
  readonly name: string;
  readonly createdAt: string;
  readonly kind: BackupKind;
  readonly bytes: number;
  /** The dataset it holds and the user's briefings in it; null when the file could not be read. */
  readonly datasetName: string | null;
  readonly briefings: number | null;
}

export interface RestoreSummary {
  readonly restored: BackupInfo;
  /** The backup of the state just before the restore, so the restore itself can be undone. */
  readonly previousStateBackup: string;
}

export interface IntegrityReport {
  readonly ok: boolean;
  /** What `PRAGMA integrity_check` reported, at most PROBLEMS_SHOWN lines. */
  readonly problems: readonly string[];
  readonly checkedAt: string;
}

// Several datasets and the user's notes (issue 12)

/** One dataset kept in the data folder; each is its own database, with its own briefings and notes. */
export interface DatasetEntry {
  readonly id: string;
  readonly title: LocalizedText;
  /** The name the user gave it (empty when never renamed); shown instead of the bundle's title. */
  readonly name: LocalizedText;
  /** File name of the bundle it was built from. */
  readonly sourceName: string;
  /** 'bundled' while it holds the dataset shipped with the app. */
  readonly origin: 'bundled' | 'file';
  readonly importedAt: string | null;
  readonly briefings: number;
  readonly active: boolean;
  /** The dataset "Restore the shipped dataset" brings back; it cannot be removed. */
  readonly shipped: boolean;
}

/** What opening a file as a new dataset did: the import's summary, and the datasets now kept. */
export interface NewDatasetResult {
  readonly summary: ImportSummary;
  readonly datasets: readonly DatasetEntry[];
}

/** What deleting a dataset did: where its backup is, whether the shipped dataset was opened in its place, the datasets now kept. */
export interface DeletedDatasetResult {
  readonly backupFile: string;
  /** True when the deleted dataset was the open one, so the shipped dataset is open now. */
  readonly switched: boolean;
  readonly datasets: readonly DatasetEntry[];
}

/** A dataset the user deleted, kept aside with its briefings and notes until it is restored. */
export type DeletedDatasetEntry = Omit<DatasetEntry, 'active' | 'shipped'>;

/** What "Restore the shipped dataset" did; summary is null when the shipped data was already there. */
export interface RestoreShippedResult {
  readonly summary: ImportSummary | null;
  readonly datasets: readonly DatasetEntry[];
}

export type NoteKind = 'actor' | 'relation' | 'event';

/** The user's own note on a record, in any of the languages (kept apart from the dataset). */
export interface UserNote {
  readonly kind: NoteKind;
  readonly recordId: string;
  readonly text: LocalizedText;
  readonly updatedAt: string;
}

export interface BriefingMarkInfo {
  readonly briefingId: number;
  readonly kind: 'presented' | 'exported';
  readonly markedAt: string;
}

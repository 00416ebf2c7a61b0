import { z } from 'zod';
import { UI_LANGUAGES } from '../domain/languages';
import { isPartialDate } from '../domain/partial-date';
import { ACTOR_TYPES, LINK_TYPES, type LinkType } from '../domain/vocabulary';
import { EDITABLE_KINDS, type EditableRecord, type EditHistory, type EditOutcome } from './editing-types';
import { EXPORT_FORMATS, type BundleComparison, type ExportedFile, type ImportPreview } from './exchange-types';
import type { OperationName } from './operations';
import type { Result } from './result';
import type {
  ActorDetails,
  AtlasData,
  Briefing,
  BriefingSummary,
  EventDetails,
  BackupInfo,
  BriefingMarkInfo,
  DatasetEntry,
  DeletedDatasetEntry,
  DeletedDatasetResult,
  ImportSummary,
  NewDatasetResult,
  RestoreShippedResult,
  UserNote,
  IntegrityReport,
  PresentingResult,
  RelationDetails,
  RestoreSummary,
  SearchHit,
  Settings,
  SourceWithCitations,
} from './types';

/**
 * The one contract between renderer and main process: for each operation, the schema its
 * arguments must pass (checked in the main process, never trusted from the renderer) and
 * the type of its answer. Electron IPC and the preview's HTTP transport both carry it.
 */

const recordId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be a record id');
const coordinate = z.number().finite().min(-1e7).max(1e7);
/** A node of the map: an actor id, or a group of a country's actors such as "group:JP:sector". */
const mapNodeId = z.string().regex(/^(?:[a-z0-9][a-z0-9_-]{0,63}|group:[A-Z]{2,3}:[a-z_]{1,40})$/, 'must be an actor or group id');

// Control characters and text-direction overrides are refused in everything the user types.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
const userText = (max: number) =>
  z
    .string()
    .max(max, `is longer than ${max} characters`)
    .refine((text) => !UNSAFE_TEXT.test(text), 'contains control or text-direction characters');

export const TITLE_MAX_LENGTH = 200;

/** A title typed by the user: English, Japanese or both, at least one not blank. */
const userTitle = z
  .object({ en: userText(TITLE_MAX_LENGTH).optional(), ja: userText(TITLE_MAX_LENGTH).optional() })
  .strict()
  .refine((title) => Object.values(title).some((text) => text.trim() !== ''), 'needs a title in English or Japanese');
const userNotes = z.object({ en: userText(5000).optional(), ja: userText(5000).optional() }).strict();
const rowId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2017-07-20').refine(isPartialDate, 'is not a real date');

const hiddenFilters = {
  hiddenGroups: z.array(z.string().max(40)).max(50).readonly(),
  hiddenActorTypes: z.array(z.enum(ACTOR_TYPES)).max(ACTOR_TYPES.length).readonly(),
  hiddenLinkTypes: z.array(z.enum(LINK_TYPES as readonly LinkType[] as [LinkType, ...LinkType[]])).max(LINK_TYPES.length).readonly(),
};
const extent = z.object({ x1: coordinate, y1: coordinate, x2: coordinate, y2: coordinate }).strict();
const selection = z.object({ kind: z.enum(['actor', 'relation', 'event']), id: recordId }).strict().nullable();
const mapFocus = z.object({ actorId: recordId, depth: z.union([z.literal(1), z.literal(2)]) }).strict().nullable();

/** What the user was looking at, kept across reloads and restarts. */
export const workingViewSchema = z
  .object({
    ...hiddenFilters,
    asOfDate: isoDay.nullable(),
    selection,
    expanded: z.array(mapNodeId).max(10_000).readonly().nullable(),
    focus: mapFocus,
    viewport: extent.nullable(),
    timelineOpen: z.boolean(),
    timelineHeight: z.number().int().min(0).max(10_000).nullable(),
    timelineLanes: z.enum(['category', 'country']),
    sidebarCollapsed: z.boolean(),
  })
  .strict();

export const sceneViewSchema = z
  .object({
    ...hiddenFilters,
    asOfDate: isoDay.nullable(),
    selection,
    viewport: extent,
    labels: z.enum(['en', 'ja', 'both']),
    positions: z.record(recordId, z.object({ x: coordinate, y: coordinate }).strict()),
    expanded: z.array(mapNodeId).max(10_000).readonly().optional(),
    focus: mapFocus.optional(),
    comparison: z.boolean().optional(),
  })
  .strict()
  .refine((view) => Object.keys(view.positions).length <= 10_000, 'has too many positions');

export const SEARCH_QUERY_MAX_LENGTH = 200;
export const DATASET_MAX_BYTES = 20 * 1024 * 1024;
/** Problems listed with a refused dataset (the total is given too): enough to act on, little enough to show at once. */
export const PROBLEMS_SHOWN = 200;
/** What the name of a file in backups/ looks like; anything else (a path, "..") is refused before a handler sees it. */
export const BACKUP_NAME_PATTERN = /^atlas-[0-9TZ-]+-[a-z0-9-]+\.sqlite$/;

/** A spreadsheet or bundle file sent as base64: at most DATASET_MAX_BYTES once decoded. */
const fileContent = z
  .string()
  .max(Math.ceil(DATASET_MAX_BYTES / 3) * 4, `is larger than ${DATASET_MAX_BYTES} bytes`)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');
/** The shipped dataset is "main"; the others are named when created (backend/dataset-shelf.ts). */
export const DATASET_ID_PATTERN = /^(?:main|ds-[a-z0-9-]{1,40})$/;
const datasetId = z.string().max(44).regex(DATASET_ID_PATTERN, 'must be the id of a dataset');
const noteKind = z.enum(['actor', 'relation', 'event']);

const dataFile = z.object({ fileName: z.string().min(1).max(255), content: fileContent }).strict();

/** A record as a bundle file writes it; at most 200 kB of JSON, the size of a very long description in both languages. */
const EDITABLE_RECORD_MAX_CHARACTERS = 200_000;
const editableRecord = z
  .record(z.string().max(40), z.unknown())
  .refine((record) => JSON.stringify(record).length <= EDITABLE_RECORD_MAX_CHARACTERS, `is larger than ${EDITABLE_RECORD_MAX_CHARACTERS} characters`);

export const argumentSchemas = {
  getAtlas: z.object({}).strict(),
  getActorDetails: z.object({ actorId: recordId }).strict(),
  getRelationDetails: z.object({ relationId: recordId }).strict(),
  getEventDetails: z.object({ eventId: recordId }).strict(),
  search: z
    .object({
      query: z.string().max(SEARCH_QUERY_MAX_LENGTH),
      /** At most this many results of each kind. */
      limit: z.number().int().min(1).max(100).optional(),
      /** The UI language, in which description snippets are given. */
      language: z.enum(UI_LANGUAGES).optional(),
    })
    .strict(),
  listSources: z.object({}).strict(),
  savePositions: z
    .object({
      positions: z.array(z.object({ actorId: recordId, x: coordinate, y: coordinate }).strict()).max(10_000),
    })
    .strict(),
  resetPositions: z.object({}).strict(),
  getSettings: z.object({}).strict(),
  updateSettings: z
    .object({
      uiLanguage: z.enum(UI_LANGUAGES).optional(),
      labelLanguage: z.enum(['en', 'ja', 'both']).optional(),
      workingView: workingViewSchema.optional(),
    })
    .strict(),
  importDataset: z
    .object({
      fileName: z.string().min(1).max(255),
      text: z.string().max(DATASET_MAX_BYTES, `is larger than the ${DATASET_MAX_BYTES / 1024 / 1024} MB a dataset may have`),
      /** The language a refused bundle's findings are worded in (English if left out). */
      uiLanguage: z.enum(UI_LANGUAGES).optional(),
    })
    .strict(),
  listBriefings: z.object({}).strict(),
  getBriefing: z.object({ briefingId: rowId }).strict(),
  createBriefing: z.object({ title: userTitle }).strict(),
  renameBriefing: z.object({ briefingId: rowId, title: userTitle }).strict(),
  deleteBriefing: z.object({ briefingId: rowId }).strict(),
  addScene: z.object({ briefingId: rowId, title: userTitle, notes: userNotes, cumulative: z.boolean(), view: sceneViewSchema }).strict(),
  updateScene: z
    .object({ sceneId: rowId, title: userTitle.optional(), notes: userNotes.optional(), cumulative: z.boolean().optional(), view: sceneViewSchema.optional() })
    .strict(),
  duplicateScene: z.object({ sceneId: rowId }).strict(),
  deleteScene: z.object({ sceneId: rowId }).strict(),
  /** The briefing's scene ids in their new order: every scene exactly once. */
  reorderScenes: z.object({ briefingId: rowId, sceneIds: z.array(rowId).max(1000) }).strict(),
  setPresenting: z.object({ presenting: z.boolean() }).strict(),
  exportPdf: z.object({ briefingId: rowId, sceneId: rowId.nullable(), language: z.enum(['en', 'ja', 'both']) }).strict(),
  /** `language`: of the readable headers and labels in the file. */
  exportData: z.object({ format: z.enum(EXPORT_FORMATS), language: z.enum(UI_LANGUAGES) }).strict(),
  previewDataImport: dataFile,
  importData: dataFile,
  /** sinceFile: what changed from the file to the current data; towardsFile: what importing the file would change. */
  compareWithBundle: z
    .object({ fileName: z.string().min(1).max(255), text: z.string().max(DATASET_MAX_BYTES), direction: z.enum(['sinceFile', 'towardsFile']) })
    .strict(),
  // Backups and recovery
  listBackups: z.object({}).strict(),
  restoreBackup: z.object({ name: z.string().max(120).regex(BACKUP_NAME_PATTERN, 'must be the name of a backup') }).strict(),
  checkIntegrity: z.object({}).strict(),
  // Editing and undo: a record's fields are checked in the main process by the bundle's own schema, which names the field at fault.
  getEditableRecord: z.object({ kind: z.enum(EDITABLE_KINDS), id: recordId }).strict(),
  saveRecord: z
    .object({ kind: z.enum(EDITABLE_KINDS), action: z.enum(['create', 'update']), id: recordId.optional(), record: editableRecord })
    .strict()
    .refine((args) => args.action === 'create' || args.id !== undefined, 'an update names the record it changes'),
  deleteRecord: z.object({ kind: z.enum(EDITABLE_KINDS), id: recordId }).strict(),
  undo: z.object({}).strict(),
  redo: z.object({}).strict(),
  getEditHistory: z.object({ limit: z.number().int().min(1).max(500).optional() }).strict(),
  // Several datasets, notes, and what changed since a briefing (issue 12)
  listDatasets: z.object({}).strict(),
  switchDataset: z.object({ datasetId: datasetId }).strict(),
  /** Opens a bundle as a dataset of its own, beside the others; nothing already kept is replaced. */
  importAsNewDataset: z
    .object({
      fileName: z.string().min(1).max(255),
      text: z.string().max(DATASET_MAX_BYTES, `is larger than the ${DATASET_MAX_BYTES / 1024 / 1024} MB a dataset may have`),
      uiLanguage: z.enum(UI_LANGUAGES).optional(),
    })
    .strict(),
  restoreShippedDataset: z.object({}).strict(),
  getNote: z.object({ kind: noteKind, recordId }).strict(),
  /** A language left out keeps its text; a blank one removes it. */
  saveNote: z.object({ kind: noteKind, recordId, text: userNotes }).strict(),
  listNotes: z.object({}).strict(),
  markBriefing: z.object({ briefingId: rowId, kind: z.enum(['presented', 'exported']) }).strict(),
  compareSinceBriefing: z.object({ briefingId: rowId }).strict(),
  // Datasets renamed and deleted (issue 12 leftovers)
  /** The user's own name for a dataset, in English, Japanese or both; it outlives imports into it. */
  renameDataset: z.object({ datasetId: datasetId, name: userTitle }).strict(),
  /** Removes a dataset the user added (never the shipped one); a backup is kept first. */
  deleteDataset: z.object({ datasetId: datasetId }).strict(),
  listDeletedDatasets: z.object({}).strict(),
  /** Puts a deleted dataset back beside the others, with its briefings, notes and name. */
  restoreDeletedDataset: z.object({ datasetId: datasetId }).strict(),
} as const satisfies Record<OperationName, z.ZodType>;

export interface OperationResults {
  getAtlas: AtlasData;
  getActorDetails: ActorDetails;
  getRelationDetails: RelationDetails;
  getEventDetails: EventDetails;
  search: readonly SearchHit[];
  listSources: readonly SourceWithCitations[];
  savePositions: null;
  resetPositions: null;
  getSettings: Settings;
  updateSettings: Settings;
  importDataset: ImportSummary;
  listBriefings: readonly BriefingSummary[];
  getBriefing: Briefing;
  createBriefing: Briefing;
  renameBriefing: Briefing;
  deleteBriefing: null;
  addScene: Briefing;
  updateScene: Briefing;
  duplicateScene: Briefing;
  deleteScene: Briefing;
  reorderScenes: Briefing;
  setPresenting: PresentingResult;
  /** Desktop only: the path the PDF was saved to, or null when the user cancelled the save dialog. */
  exportPdf: { readonly file: string | null };
  exportData: ExportedFile;
  previewDataImport: ImportPreview;
  importData: ImportSummary;
  compareWithBundle: BundleComparison;
  // Backups and recovery
  listBackups: readonly BackupInfo[];
  restoreBackup: RestoreSummary;
  checkIntegrity: IntegrityReport;
  // Editing and undo
  getEditableRecord: EditableRecord;
  saveRecord: EditOutcome;
  deleteRecord: EditOutcome;
  undo: EditOutcome;
  redo: EditOutcome;
  getEditHistory: EditHistory;
  // Several datasets, notes, and what changed since a briefing (issue 12)
  listDatasets: readonly DatasetEntry[];
  switchDataset: readonly DatasetEntry[];
  importAsNewDataset: NewDatasetResult;
  restoreShippedDataset: RestoreShippedResult;
  getNote: UserNote | null;
  saveNote: UserNote | null;
  listNotes: readonly UserNote[];
  markBriefing: BriefingMarkInfo;
  /** mark null: the briefing was never presented or exported, so there is nothing to compare with. */
  compareSinceBriefing: {
    readonly mark: BriefingMarkInfo | null;
    readonly comparison: BundleComparison | null;
    /** The parent each removed actor had, so the map can draw its ghost beside it. */
    readonly removedParents: Readonly<Record<string, string | null>>;
  };
  // Datasets renamed and deleted (issue 12 leftovers)
  renameDataset: readonly DatasetEntry[];
  deleteDataset: DeletedDatasetResult;
  listDeletedDatasets: readonly DeletedDatasetEntry[];
  /** The datasets kept, the restored one among them, and those still deleted. */
  restoreDeletedDataset: { readonly datasets: readonly DatasetEntry[]; readonly deleted: readonly DeletedDatasetEntry[] };
}

export type OperationArgs<K extends OperationName> = z.input<(typeof argumentSchemas)[K]>;
export type ParsedArgs<K extends OperationName> = z.output<(typeof argumentSchemas)[K]>;

/** What the renderer holds: one method per operation, whichever transport carries it. */
export type AtlasApi = {
  readonly [K in OperationName]: (args: OperationArgs<K>) => Promise<Result<OperationResults[K]>>;
};

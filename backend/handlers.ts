import type { OperationResults, ParsedArgs } from '../api/contract';
import type { OperationName } from '../api/operations';
import type { Briefing, PresentingResult, Settings } from '../api/types';
import { readActorDetails } from '../db/queries/actor-details';
import { createBriefing, deleteBriefing, listBriefings, readBriefing, renameBriefing } from '../db/queries/briefings';
import { readSourcesWithCitations } from '../db/queries/citations';
import { readAtlas } from '../db/queries/atlas';
import { readEventDetails, readRelationDetails } from '../db/queries/record-details';
import { SceneOrderError } from '../db/queries/scene-order';
import { addScene, deleteScene, duplicateScene, reorderScenes, updateScene } from '../db/queries/scenes';
import { searchAtlas } from '../db/queries/search';
import { clearPositions, readSettings, writePositions, writeSettings } from '../db/queries/user-state';
import { AtlasError } from './atlas-error';
import { editingHandlers } from './editing';
import { trackBriefing } from '../db/editing/tracked-briefings';
import { trackPositions, trackScenes } from '../db/editing/tracked-changes';
import { compareWithBundle, exportData, importData, previewDataImport } from './data-exchange';
import { checkIntegrity, listBackups, restoreBackup } from './backups';
import { importRunner } from './dataset-import';
import type { AtlasSession } from './open-atlas';
import { compareSinceBriefing } from './since-briefing';
import type { DatasetOperations } from './workspace';
import { listNotes, readNote, writeNote } from '../db/queries/notes';
import { markBriefing } from '../db/queries/briefing-marks';

export type Handlers = {
  readonly [K in OperationName]: (args: ParsedArgs<K>) => OperationResults[K] | Promise<OperationResults[K]>;
};

export interface HandlerHooks {
  /** The Electron shell rebuilds its native menu here when the language changes. */
  readonly onSettingsChanged?: (settings: Settings) => void;
  /** The Electron shell arranges windows for presenting (audience and presenter windows on two displays). */
  readonly setPresenting?: (presenting: boolean) => PresentingResult;
  /** The Electron shell prints the briefing's print view to PDF; the preview has no such hook. */
  readonly exportPdf?: (request: ParsedArgs<'exportPdf'>) => Promise<{ file: string | null }>;
  /** The built import worker (dist/…/import-worker.*): imports then run off the thread that answers the windows. */
  readonly importWorkerFile?: string;
  /** Called after an operation changed the database; the shells schedule a backup (backend/backup-schedule.ts). */
  readonly onDataChanged?: () => void;
  /** Several datasets side by side (backend/workspace.ts); without it there is one dataset only. */
  readonly datasets?: DatasetOperations;
}

/** Runs one long operation that replaces data (an import, a restore) at a time; the others wait their turn. */
function oneAtATime(): <T>(work: () => T | Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
}

/** Tells `onChange` whenever an operation wrote to the database (its total_changes() moved). */
function reportingChanges(handlers: Handlers, db: AtlasSession['db'], onChange: () => void): Handlers {
  const changes = db.prepare('SELECT total_changes()').pluck();
  const wrap = (handler: (args: never) => unknown) => async (args: never) => {
    const before = changes.get();
    try {
      return await handler(args);
    } finally {
      if (db.open && changes.get() !== before) onChange();
    }
  };
  return Object.fromEntries(Object.entries(handlers).map(([operation, handler]) => [operation, wrap(handler)])) as unknown as Handlers;
}

function notFound(kind: 'briefing' | 'scene', id: number): AtlasError {
  return new AtlasError('not_found', `No ${kind} has the id ${id}.`);
}

/** What a query answered for the id; its null means no such record. */
function found<T>(value: T | null, kind: 'briefing' | 'scene', id: number): T {
  if (value === null) throw notFound(kind, id);
  return value;
}

/** The operations of the contract, implemented once over the database for both transports. */
export function createHandlers(session: AtlasSession, hooks: HandlerHooks = {}): Handlers {
  const { db } = session;
  const exclusive = oneAtATime();
  const runImport = importRunner(session, hooks.importWorkerFile);
  const datasets = () => {
    if (!hooks.datasets) throw new AtlasError('unsupported', 'Only one dataset is kept here.');
    return hooks.datasets;
  };
  const handlers: Handlers = {
    getAtlas: () => ({ ...readAtlas(db), notices: session.notices }),
    getActorDetails: ({ actorId }) => {
      const details = readActorDetails(db, actorId);
      if (!details) throw new AtlasError('not_found', `No actor has the id "${actorId}".`);
      return details;
    },
    getRelationDetails: ({ relationId }) => {
      const details = readRelationDetails(db, relationId);
      if (!details) throw new AtlasError('not_found', `No relation has the id "${relationId}".`);
      return details;
    },
    getEventDetails: ({ eventId }) => {
      const details = readEventDetails(db, eventId);
      if (!details) throw new AtlasError('not_found', `No event has the id "${eventId}".`);
      return details;
    },
    search: ({ query, limit, language }) => searchAtlas(db, query, { perKind: limit, language }),
    listSources: () => readSourcesWithCitations(db),
    // Drags and Reset layout go through the change log, so Undo can take them back.
    savePositions: ({ positions }) => {
      trackPositions(db, positions.map((p) => p.actorId), () => writePositions(db, positions));
      return null;
    },
    resetPositions: () => {
      trackPositions(db, null, () => clearPositions(db));
      return null;
    },
    getSettings: () => readSettings(db),
    updateSettings: (changes) => {
      const settings = writeSettings(db, changes);
      hooks.onSettingsChanged?.(settings);
      return settings;
    },
    importDataset: ({ fileName, text, uiLanguage }) => exclusive(() => runImport(fileName, text, uiLanguage)),
    listBriefings: () => listBriefings(db),
    getBriefing: ({ briefingId }) => found(readBriefing(db, briefingId), 'briefing', briefingId),
    // Logged for undo like every other change (db/editing/tracked-briefings.ts).
    createBriefing: ({ title }) => trackBriefing(db, { briefingIdOf: (b: Briefing) => b.id }, 'create', () => createBriefing(db, title)) as Briefing,
    renameBriefing: ({ briefingId, title }) => found(trackBriefing(db, { briefingId }, 'rename', () => renameBriefing(db, briefingId, title)), 'briefing', briefingId),
    deleteBriefing: ({ briefingId }) => {
      if (!trackBriefing(db, { briefingId }, 'delete', () => deleteBriefing(db, briefingId) || null)) throw notFound('briefing', briefingId);
      return null;
    },
    // Scene changes go through the change log, so Undo can take them back.
    addScene: ({ briefingId, ...scene }) => found(trackScenes(db, { briefingId }, 'add', () => addScene(db, briefingId, scene)), 'briefing', briefingId),
    updateScene: ({ sceneId, ...changes }) => found(trackScenes(db, { sceneId }, 'update', () => updateScene(db, sceneId, changes)), 'scene', sceneId),
    duplicateScene: ({ sceneId }) => found(trackScenes(db, { sceneId }, 'duplicate', () => duplicateScene(db, sceneId)), 'scene', sceneId),
    deleteScene: ({ sceneId }) => found(trackScenes(db, { sceneId }, 'delete', () => deleteScene(db, sceneId)), 'scene', sceneId),
    reorderScenes: ({ briefingId, sceneIds }) => {
      try {
        return found(trackScenes(db, { briefingId }, 'reorder', () => reorderScenes(db, briefingId, sceneIds)), 'briefing', briefingId);
      } catch (error) {
        if (error instanceof SceneOrderError) throw new AtlasError('invalid_arguments', error.message);
        throw error;
      }
    },
    setPresenting: ({ presenting }) => hooks.setPresenting?.(presenting) ?? { presenterWindow: false },
    exportPdf: (request) => {
      if (!hooks.exportPdf) {
        throw new AtlasError('unsupported', "PDF export runs in the desktop app; in the browser, use the print view's Print button (Save as PDF).");
      }
      return hooks.exportPdf(request);
    },
    exportData: ({ format, language }) => exportData(db, format, language),
    previewDataImport: ({ fileName, content }) => previewDataImport(db, fileName, content),
    importData: ({ fileName, content }) => exclusive(() => importData(db, fileName, content, runImport)),
    compareWithBundle: ({ fileName, text, direction }) => compareWithBundle(db, fileName, text, direction),
    // Backups and recovery
    listBackups: () => listBackups(session.backupDirectory),
    restoreBackup: ({ name }) => exclusive(() => restoreBackup(session, name)),
    checkIntegrity: () => checkIntegrity(db),
    ...editingHandlers(db),
    // Several datasets, notes, and what changed since a briefing
    listDatasets: () => datasets().list(),
    switchDataset: ({ datasetId }) => datasets().switchTo(datasetId),
    importAsNewDataset: ({ fileName, text, uiLanguage }) => datasets().importAsNew(fileName, text, uiLanguage),
    restoreShippedDataset: () => datasets().restoreShipped(),
    getNote: ({ kind, recordId }) => readNote(db, kind, recordId),
    saveNote: ({ kind, recordId, text }) => writeNote(db, kind, recordId, text),
    listNotes: () => listNotes(db),
    markBriefing: ({ briefingId, kind }) => found(markBriefing(db, briefingId, kind), 'briefing', briefingId),
    compareSinceBriefing: ({ briefingId }) => {
      if (readBriefing(db, briefingId) === null) throw notFound('briefing', briefingId);
      return compareSinceBriefing(db, briefingId);
    },
    // Datasets renamed and deleted
    renameDataset: ({ datasetId, name }) => datasets().rename(datasetId, name),
    deleteDataset: ({ datasetId }) => datasets().remove(datasetId),
    listDeletedDatasets: () => datasets().listDeleted(),
    restoreDeletedDataset: ({ datasetId }) => datasets().restoreDeleted(datasetId),
  };
  return hooks.onDataChanged ? reportingChanges(handlers, db, hooks.onDataChanged) : handlers;
}

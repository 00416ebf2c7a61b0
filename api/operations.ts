/**
 * The names of the operations the renderer may ask of the main process. Kept free of
 * imports so the sandboxed preload can bundle it without pulling in the schemas.
 */
export const OPERATION_NAMES = [
  'getAtlas',
  'getActorDetails',
  'getRelationDetails',
  'getEventDetails',
  'search',
  'listSources',
  'savePositions',
  'resetPositions',
  'getSettings',
  'updateSettings',
  'importDataset',
  'listBriefings',
  'getBriefing',
  'createBriefing',
  'renameBriefing',
  'deleteBriefing',
  'addScene',
  'updateScene',
  'duplicateScene',
  'deleteScene',
  'reorderScenes',
  'setPresenting',
  'exportPdf',
  'exportData',
  'previewDataImport',
  'importData',
  'compareWithBundle',
  // Backups and recovery
  'listBackups',
  'restoreBackup',
  'checkIntegrity',
  // Editing and undo
  'getEditableRecord',
  'saveRecord',
  'deleteRecord',
  'undo',
  'redo',
  'getEditHistory',
  // Several datasets, notes, and what changed since a briefing (issue 12)
  'listDatasets',
  'switchDataset',
  'importAsNewDataset',
  'restoreShippedDataset',
  'getNote',
  'saveNote',
  'listNotes',
  'markBriefing',
  'compareSinceBriefing',
  // Datasets renamed and deleted (issue 12 leftovers)
  'renameDataset',
  'deleteDataset',
  'listDeletedDatasets',
  'restoreDeletedDataset',
] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

export function isOperationName(value: unknown): value is OperationName {
  return typeof value === 'string' && (OPERATION_NAMES as readonly string[]).includes(value);
}

/** Electron IPC channel of an operation; the preview serves the same under POST /api/<name>. */
export function channelOf(operation: OperationName): string {
  return `atlas:${operation}`;
}

/** Main → renderer: a native menu item was chosen. */
export const MENU_COMMAND_CHANNEL = 'atlas:menu-command';
export const MENU_COMMANDS = [
  'open-dataset',
  'set-language-en',
  'set-language-ja',
  'reset-layout',
  'fit-map',
  // Backups and recovery
  'open-backups',
  'check-integrity',
  // Editing and undo
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

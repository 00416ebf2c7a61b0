/**
 * Messages the main process hands to the renderer as a key and values rather than as text,
 * so the renderer says them in the UI language (locales/<lang>/app.json, under "messages").
 * Each is one whole sentence: several may be shown one after another, never spliced together.
 */
export const MESSAGE_KEYS = [
  'databaseDamaged',
  'databaseEmpty',
  'databaseForeign',
  'databaseMissing',
  'restoredFromBackup',
  'rebuiltWithSalvage',
  'rebuiltNothingRecovered',
  'keptAside',
  'datasetRefused',
  'mapShowsPrevious',
  'datasetUnreadable',
  'datasetTooLarge',
  'requestTooLarge',
  'datasetWarnings',
  'backupDiskFullBeforeImport',
  'backupFailedBeforeImport',
  'backupDiskFullBeforeRestore',
  'backupFailedBeforeRestore',
  'diskFull',
  'backupNotFound',
  'backupUnusable',
  'startupReadOnly',
  'startupFolderMissing',
  'startupDiskFull',
  'startupNotAtlas',
  'startupTooNew',
  'startupUnexpected',
] as const;
export type MessageKey = (typeof MESSAGE_KEYS)[number];

/** Values for a message's placeholders; times are milliseconds since 1970, formatted in the UI language. */
export type MessageParams = Readonly<Record<string, string | number>>;

export interface UserMessage {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export function message(key: MessageKey, params?: MessageParams): UserMessage {
  return params ? { key, params } : { key };
}

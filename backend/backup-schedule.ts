import { backupDatabase } from '../db/backup';
import type { AtlasDatabase } from '../db/connection';

/** After a change, wait this long for more before backing up… */
export const BACKUP_QUIET_MS = 10_000;
/** …but back up at most this often. */
export const BACKUP_MIN_INTERVAL_MS = 3 * 60_000;

export interface BackupSchedule {
  /** The user's work changed: a backup follows within BACKUP_MIN_INTERVAL_MS. */
  changed(): void;
  /** The app is quitting: backs up now if anything changed since the last backup. */
  finish(): void;
}

/**
 * Keeps a backup never far behind the user's work: one a little after changes (debounced, at
 * most every few minutes) and one when the app quits, so that a briefing made today survives
 * even a database file truncated to nothing. A failed backup is reported and retried later.
 */
export function scheduleBackups(db: AtlasDatabase, backupDirectory: string, onError: (error: unknown) => void): BackupSchedule {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let unsaved = false;
  let lastBackup = Number.NEGATIVE_INFINITY;

  const backUp = (reason: 'after-changes' | 'on-quit') => {
    timer = null;
    if (!unsaved || !db.open) return;
    try {
      backupDatabase(db, backupDirectory, reason);
      unsaved = false;
      lastBackup = Date.now();
    } catch (error) {
      onError(error);
    }
  };

  return {
    changed() {
      unsaved = true;
      if (timer) return;
      const delay = Math.max(BACKUP_QUIET_MS, lastBackup + BACKUP_MIN_INTERVAL_MS - Date.now());
      timer = setTimeout(() => backUp('after-changes'), delay);
      timer.unref?.();
    },
    finish() {
      if (timer) clearTimeout(timer);
      backUp('on-quit');
    },
  };
}

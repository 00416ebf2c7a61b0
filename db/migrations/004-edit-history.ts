import type { Migration } from '../migrate';

/**
 * The change log behind editing, undo and redo. Each row is one user action, applied in one
 * transaction: what kind of thing changed, the values before and after (JSON), and when.
 * It is a user table (imports never touch it), so the undo stack survives restarts and is
 * kept by backups. Rows are never deleted: an undone change stays as history, and a change
 * that can no longer be redone (the user did something else after undoing) is marked dropped.
 * `dataset_stamp` names the dataset a change was made on: after an import, changes to the
 * replaced dataset stay in the history but leave the undo stack.
 */
export const editHistorySchema: Migration = {
  version: 4,
  name: 'edit history and undo',
  up: `
    CREATE TABLE edit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('records', 'positions', 'scenes')),
      summary TEXT NOT NULL, -- JSON: what the history list shows (action, record kind and id…)
      dataset_stamp TEXT NOT NULL,
      before TEXT NOT NULL, -- JSON
      after TEXT NOT NULL, -- JSON
      state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'dropped')),
      undone_at TEXT
    ) STRICT;
    CREATE INDEX edit_log_by_state ON edit_log(state, id);
  `,
};

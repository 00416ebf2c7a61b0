import type { LocalizedText } from '../../domain/languages';
import type { AtlasDatabase } from '../connection';
import { textsToStore, type TypedText } from './user-texts';

/** The user's own notes on a record: per language, kept in a user table that imports never touch. */

export type NoteKind = 'actor' | 'relation' | 'event';

export interface NoteRecord {
  readonly kind: NoteKind;
  readonly recordId: string;
  readonly text: LocalizedText;
  readonly updatedAt: string;
}

export function readNote(db: AtlasDatabase, kind: NoteKind, recordId: string): NoteRecord | null {
  const rows = db.prepare('SELECT lang, text, updated_at AS updatedAt FROM notes WHERE kind = ? AND record_id = ? ORDER BY lang').all(kind, recordId) as {
    lang: string;
    text: string;
    updatedAt: string;
  }[];
  if (rows.length === 0) return null;
  return { kind, recordId, text: Object.fromEntries(rows.map((row) => [row.lang, row.text])), updatedAt: rows.map((row) => row.updatedAt).sort().at(-1) ?? '' };
}

/** Every note, for exports and scenes: by kind, then record id. */
export function listNotes(db: AtlasDatabase): NoteRecord[] {
  const rows = db.prepare('SELECT kind, record_id AS recordId, lang, text, updated_at AS updatedAt FROM notes ORDER BY kind, record_id, lang').all() as {
    kind: NoteKind;
    recordId: string;
    lang: string;
    text: string;
    updatedAt: string;
  }[];
  const notes = new Map<string, { kind: NoteKind; recordId: string; text: Record<string, string>; updatedAt: string }>();
  for (const row of rows) {
    const key = `${row.kind}:${row.recordId}`;
    const note = notes.get(key) ?? { kind: row.kind, recordId: row.recordId, text: {}, updatedAt: row.updatedAt };
    note.text[row.lang] = row.text;
    if (row.updatedAt > note.updatedAt) note.updatedAt = row.updatedAt;
    notes.set(key, note);
  }
  return [...notes.values()];
}

/**
 * Replaces the note in every language given, in one transaction: a blank language is removed,
 * a language not given is left as it was. Answers the note as stored (null once it is empty).
 */
export function writeNote(db: AtlasDatabase, kind: NoteKind, recordId: string, typed: TypedText, now = new Date()): NoteRecord | null {
  const stamp = now.toISOString();
  const upsert = db.prepare(
    'INSERT INTO notes (kind, record_id, lang, text, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, record_id, lang) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at',
  );
  const remove = db.prepare('DELETE FROM notes WHERE kind = ? AND record_id = ? AND lang = ?');
  const kept = new Map(textsToStore(typed));
  db.transaction(() => {
    for (const lang of Object.keys(typed)) {
      const text = kept.get(lang);
      if (text === undefined) remove.run(kind, recordId, lang);
      else upsert.run(kind, recordId, lang, text, stamp);
    }
  })();
  return readNote(db, kind, recordId);
}

import { z } from 'zod';
import type { MapPosition, Settings } from '../../api/types';
import { workingViewSchema } from '../../api/contract';
import { UI_LANGUAGES } from '../../domain/languages';
import type { AtlasDatabase } from '../connection';

/** The user's own state: settings and dragged node positions. Imports never touch these tables. */

const storedSettings = z.object({
  uiLanguage: z.enum(UI_LANGUAGES).nullable().catch(null),
  labelLanguage: z.enum([...UI_LANGUAGES, 'both']).nullable().catch(null),
  // A view saved by an older version may not fit today's schema: start afresh rather than fail.
  workingView: workingViewSchema.nullable().catch(null),
});

export function readSettings(db: AtlasDatabase): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(
    rows.flatMap(({ key, value }) => {
      try {
        return [[key, JSON.parse(value) as unknown]];
      } catch {
        return [];
      }
    }),
  );
  // Before the label language was one setting, "both" was stored as labelMode.
  const legacy = stored['labelMode'] === 'both' ? { labelLanguage: 'both' } : {};
  return storedSettings.parse({ uiLanguage: null, labelLanguage: null, workingView: null, ...legacy, ...stored });
}

export function writeSettings(db: AtlasDatabase, changes: Partial<Settings>): Settings {
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value));
    }
  })();
  return readSettings(db);
}

export function writePositions(db: AtlasDatabase, positions: readonly ({ actorId: string } & MapPosition)[]): void {
  const upsert = db.prepare(
    'INSERT INTO node_positions (actor_id, x, y) VALUES (?, ?, ?) ON CONFLICT (actor_id) DO UPDATE SET x = excluded.x, y = excluded.y',
  );
  db.transaction(() => {
    for (const { actorId, x, y } of positions) upsert.run(actorId, x, y);
  })();
}

export function clearPositions(db: AtlasDatabase): void {
  db.prepare('DELETE FROM node_positions').run();
}

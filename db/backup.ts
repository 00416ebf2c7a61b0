import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AtlasDatabase } from './connection';

const KEEP_BACKUPS = 10;

function timestamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/**
 * Copies the whole database (WAL included) into `directory` with VACUUM INTO and keeps the
 * newest ten copies. Returns the new file's path.
 */
export function backupDatabase(db: AtlasDatabase, directory: string, reason: string, now = new Date()): string {
  mkdirSync(directory, { recursive: true });
  const safeReason = reason.replace(/[^a-z0-9-]/gi, '-');
  const file = join(directory, `atlas-${timestamp(now)}-${safeReason}.sqlite`);
  db.prepare('VACUUM INTO ?').run(file);
  const backups = readdirSync(directory)
    .filter((name) => name.startsWith('atlas-') && name.endsWith('.sqlite'))
    .sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - KEEP_BACKUPS))) {
    rmSync(join(directory, old), { force: true });
  }
  return file;
}

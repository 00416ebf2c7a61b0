import { DATASET_TABLES } from './bundle/import-bundle';
import type { AtlasDatabase } from './connection';

/**
 * The tables of a database that hold rows: ordinary and virtual tables, not SQLite's own or
 * the shadow tables behind a full-text index. `schema` is "main" or an attached database.
 */
export function contentTables(db: AtlasDatabase, schema = 'main'): string[] {
  const rows = db.pragma(`${quoted(schema)}.table_list`) as { name: string; type: string }[];
  return rows.filter((row) => (row.type === 'table' || row.type === 'virtual') && !row.name.startsWith('sqlite_')).map((row) => row.name);
}

/**
 * The user's tables: every table an import does not replace. Derived rather than listed, so
 * tables added by later migrations (notes, an edit log…) are backed up, restored and salvaged
 * without anyone remembering to add them here.
 */
export function userTables(db: AtlasDatabase, schema = 'main'): string[] {
  const dataset = new Set<string>(DATASET_TABLES);
  return contentTables(db, schema).filter((table) => !dataset.has(table));
}

export function columnsOf(db: AtlasDatabase, table: string, schema = 'main'): string[] {
  return (db.pragma(`${quoted(schema)}.table_info(${quoted(table)})`) as { name: string }[]).map((column) => column.name);
}

export function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

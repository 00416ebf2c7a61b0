import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBundleText } from '../../../backend/dataset-files';
import { openDatabase, type AtlasDatabase } from '../../../db/connection';
import { readHistory } from '../../../db/editing/change-log';
import { editRecord, readEditableRecord, RecordInvalidError } from '../../../db/editing/edit-records';
import { redo, undo, NothingToUndoError } from '../../../db/editing/undo-redo';
import { readBundle } from '../../../db/exchange/export-bundle';
import { readAtlas } from '../../../db/queries/atlas';
import { searchAtlas } from '../../../db/queries/search';
import { readSourcesWithCitations } from '../../../db/queries/citations';
import { SMALL_BUNDLE_PATH } from '../../support/bundles';
import { makeTempDir } from '../../support/temp-dir';
import type { RecordEdit } from '../../../db/editing/apply-edit';

/**
 * Editing records with undo and redo, against a real database file holding the small test
 * bundle: each kind of change is made, undone and redone, also across closing and reopening
 * the file as a restart does.
 */

let dir: ReturnType<typeof makeTempDir>;
let file: string;
let db: AtlasDatabase;

beforeEach(() => {
  dir = makeTempDir();
  file = join(dir.path, 'atlas.sqlite');
  db = openDatabase(file);
  importBundleText(db, readFileSync(SMALL_BUNDLE_PATH, 'utf8'), { name: 'small-bundle.json', origin: 'file', backupDirectory: join(dir.path, 'backups') });
});
afterEach(() => {
  if (db.open) db.close();
  dir.remove();
});

function reopen(): void {
  db.close();
  db = openDatabase(file);
}

const json = () => JSON.stringify(readBundle(db));

const newActor = {
  id: 'jpcert',
  type: 'cert',
  country: 'JP',
  name: { en: 'JPCERT Coordination Center', ja: 'JPCERTコーディネーションセンター' },
  description: { en: 'Handles incident reports.', ja: 'インシデント報告に対応する。' },
  parent: 'gov_japan',
  sources: [{ id: 'src_a', confidence: 'reported' }],
};

/** One edit of each kind and action; `check` sees it applied. */
const cases: { name: string; edit: () => RecordEdit; check: () => void }[] = [
  { name: 'adds an organization', edit: () => ({ action: 'create', kind: 'actor', record: newActor }), check: () => expect(readAtlas(db).actors.map((a) => a.id)).toContain('jpcert') },
  {
    name: 'renames an organization in Japanese',
    edit: () => ({ action: 'update', kind: 'actor', id: 'npa', record: { ...readEditableRecord(db, 'actor', 'npa'), name: { en: 'National Police Agency', ja: '警察庁（改）' } } }),
    check: () => expect(readAtlas(db).actors.find((a) => a.id === 'npa')?.name.ja).toBe('警察庁（改）'),
  },
  {
    name: 'deletes an organization with its relations and its place in events',
    edit: () => ({ action: 'delete', kind: 'actor', id: 'npa' }),
    check: () => {
      const atlas = readAtlas(db);
      expect(atlas.actors.map((a) => a.id)).not.toContain('npa');
      expect(atlas.relations.map((r) => r.id)).not.toContain('r_npa_dialogue');
      expect(readBundle(db).events.find((e) => e.id === 'e_2017_07_20_dialogue_5')?.actors).toEqual(['nisc', 'japan_us_cyber_dialogue']);
    },
  },
  {
    name: 'adds a relation',
    edit: () => ({
      action: 'create',
      kind: 'relation',
      record: { id: 'r_npa_cisa', type: 'cooperates_with', source: 'npa', target: 'cisa', description: { en: 'Work together.', ja: '協力する。' }, sources: ['src_a'] },
    }),
    check: () => expect(readAtlas(db).relations.map((r) => r.id)).toContain('r_npa_cisa'),
  },
  {
    name: 'changes a relation’s type and citation confidence',
    edit: () => ({
      action: 'update',
      kind: 'relation',
      id: 'r_cisa_nisc',
      record: { id: 'r_cisa_nisc', type: 'cooperates_with', source: 'cisa', target: 'nisc', description: { en: 'Counterparts.', ja: 'カウンターパート。' }, sources: [{ id: 'src_a', confidence: 'official' }] },
    }),
    check: () => expect(readBundle(db).relations.find((r) => r.id === 'r_cisa_nisc')).toMatchObject({ type: 'cooperates_with', sources: [{ id: 'src_a', confidence: 'official' }] }),
  },
  { name: 'deletes a relation', edit: () => ({ action: 'delete', kind: 'relation', id: 'r_cisa_nisc' }), check: () => expect(readAtlas(db).relations.map((r) => r.id)).not.toContain('r_cisa_nisc') },
  {
    name: 'adds an event',
    edit: () => ({
      action: 'create',
      kind: 'event',
      record: { id: 'e_new', date: '2019-04', category: 'dialogue', title: { en: 'Talks', ja: '協議' }, summary: { en: 'Held.', ja: '開催。' }, actors: ['nisc', 'cisa'], sources: ['src_a'] },
    }),
    check: () => expect(readAtlas(db).events.map((e) => e.id)).toContain('e_new'),
  },
  {
    name: 'moves an event’s date',
    edit: () => ({ action: 'update', kind: 'event', id: 'e_2018_11_16_cisa', record: { ...readEditableRecord(db, 'event', 'e_2018_11_16_cisa'), date: '2018-11-17' } }),
    check: () => expect(readAtlas(db).events.find((e) => e.id === 'e_2018_11_16_cisa')?.date).toBe('2018-11-17'),
  },
  { name: 'deletes an event', edit: () => ({ action: 'delete', kind: 'event', id: 'e_2025_07_01_nco' }), check: () => expect(readAtlas(db).events.map((e) => e.id)).not.toContain('e_2025_07_01_nco') },
  {
    name: 'adds a source',
    edit: () => ({ action: 'create', kind: 'source', record: { id: 'src_new', title: { en: 'New report', ja: '新しい報告書' }, publisher: 'NISC', date: '2024-01' } }),
    check: () => expect(readSourcesWithCitations(db).map((s) => s.source.id)).toContain('src_new'),
  },
  {
    name: 'retitles a source',
    edit: () => ({ action: 'update', kind: 'source', id: 'src_a', record: { ...readEditableRecord(db, 'source', 'src_a'), title: { en: 'Source A, revised', ja: '出典A（改訂）' } } }),
    check: () => expect(readBundle(db).sources.find((s) => s.id === 'src_a')?.title.ja).toBe('出典A（改訂）'),
  },
  {
    name: 'deletes a source and its citations',
    edit: () => ({ action: 'delete', kind: 'source', id: 'src_article' }),
    check: () => {
      const bundle = readBundle(db);
      expect(bundle.sources.map((s) => s.id)).toEqual(['src_a']);
      expect(bundle.events.find((e) => e.id === 'e_2017_07_20_dialogue_5')?.sources).toEqual([{ id: 'src_a', confidence: 'official' }]);
    },
  },
];

describe('editing records with undo and redo', () => {
  for (const { name, edit, check } of cases) {
    it(`${name}; undo puts the data back exactly, redo makes the change again, also after a restart`, () => {
      const original = json();
      editRecord(db, edit());
      check();
      const edited = json();

      expect(undo(db).entry.state).toBe('undone');
      expect(json()).toBe(original);
      expect(redo(db).entry.state).toBe('done');
      expect(json()).toBe(edited);
      check();

      reopen();
      undo(db);
      expect(json()).toBe(original);
      reopen();
      redo(db);
      expect(json()).toBe(edited);
      check();
    });
  }

  it('keeps search in step: an added organization is found by its Japanese name, and no longer once undone', () => {
    editRecord(db, { action: 'create', kind: 'actor', record: newActor });
    expect(searchAtlas(db, 'コーディネーション').filter((hit) => hit.kind === 'actor').map((hit) => hit.id)).toContain('jpcert');
    undo(db);
    expect(searchAtlas(db, 'コーディネーション').filter((hit) => hit.kind === 'actor')).toEqual([]);
  });

  it('refuses an invalid edit, naming the field, and changes nothing', () => {
    const original = json();
    const npa = readEditableRecord(db, 'actor', 'npa');
    const attempt = () => editRecord(db, { action: 'update', kind: 'actor', id: 'npa', record: { ...npa, name: { en: 'National Police Agency', ja: '  ' } } });
    expect(attempt).toThrow(RecordInvalidError);
    expect(attempt).toThrow(/name\.ja: Japanese text is missing|name\.ja: Japanese text is empty/);
    expect(json()).toBe(original);
    expect(readHistory(db).entries).toEqual([]);
  });

  it('refuses references to records that do not exist and a reused id, naming the field', () => {
    expect(() => editRecord(db, { action: 'create', kind: 'relation', record: { id: 'r_x', type: 'leads', source: 'npa', target: 'nobody', description: { en: 'x', ja: 'x' } } })).toThrow(
      /target: no actor has the id "nobody"/,
    );
    expect(() => editRecord(db, { action: 'create', kind: 'actor', record: { ...newActor, id: 'npa' } })).toThrow(/id: "npa" is already used/);
    expect(() => editRecord(db, { action: 'update', kind: 'actor', id: 'nisc', record: { ...readEditableRecord(db, 'actor', 'nisc'), to: '2001-01-01' } })).toThrow(/to: 2001-01-01 is before from/);
    expect(readHistory(db).entries).toEqual([]);
  });

  it('logs each change with the values before and after and when; a new change after an undo drops the redo', () => {
    editRecord(db, { action: 'delete', kind: 'relation', id: 'r_cisa_nisc' });
    const [entry] = readHistory(db).entries;
    expect(entry).toMatchObject({ kind: 'records', state: 'done', summary: { action: 'delete', recordKind: 'relation', recordId: 'r_cisa_nisc', alsoChanged: 0 } });
    expect(entry?.before).toMatchObject([{ kind: 'relation', id: 'r_cisa_nisc', record: { id: 'r_cisa_nisc', type: 'counterpart_of' } }]);
    expect(entry?.after).toMatchObject([{ kind: 'relation', id: 'r_cisa_nisc', record: null }]);
    expect(Date.parse(entry?.at ?? '')).not.toBeNaN();

    undo(db);
    editRecord(db, { action: 'delete', kind: 'event', id: 'e_2018_11_16_cisa' });
    expect(readHistory(db).redo).toBeNull();
    expect(readHistory(db).entries.map((e) => e.state)).toEqual(['done', 'dropped']);
    expect(() => redo(db)).toThrow(NothingToUndoError);
  });

  it('undoes several changes in reverse order and redoes them in order', () => {
    const original = json();
    editRecord(db, { action: 'create', kind: 'actor', record: newActor });
    editRecord(db, { action: 'create', kind: 'relation', record: { id: 'r_jpcert_cisa', type: 'cooperates_with', source: 'jpcert', target: 'cisa', description: { en: 'x', ja: 'x' } } });
    const edited = json();
    undo(db);
    undo(db);
    expect(json()).toBe(original);
    expect(() => undo(db)).toThrow(NothingToUndoError);
    redo(db);
    redo(db);
    expect(json()).toBe(edited);
  });

  it('starts a new undo history when another dataset is imported', () => {
    editRecord(db, { action: 'delete', kind: 'relation', id: 'r_cisa_nisc' });
    importBundleText(db, readFileSync(SMALL_BUNDLE_PATH, 'utf8'), { name: 'again.json', origin: 'file', backupDirectory: join(dir.path, 'backups') });
    expect(readHistory(db).undo).toBeNull();
    expect(readHistory(db).entries).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import type { ActorSummary, UserNote } from '../../../api/types';
import { mapLinks } from '../../../domain/map-links';
import { sceneCsv } from '../../../renderer/features/export/csv';
import { mapChangesOf } from '../../../renderer/features/exchange/map-changes';

function actor(id: string, name: Record<string, string>): ActorSummary {
  return { id, type: 'agency', country: 'JP', name, short: null, unofficialName: [], reading: null, parent: null, from: null, to: null, succeededBy: null, roles: [] };
}
const actors = [actor('nisc', { en: 'NISC', ja: '内閣サイバーセキュリティセンター' }), actor('npa', { en: 'NPA', ja: '警察庁' })];
const relations = [{ id: 'r1', type: 'counterpart_of' as const, source: 'npa', target: 'nisc', from: null, to: null }];
const visible = { actors: new Set(['nisc', 'npa']), links: new Set(['relation:r1']) };

describe('notes in scene exports, and changes on the map', () => {
  it('adds the user’s notes in both languages only when asked, formulas neutralised', () => {
    const notes: UserNote[] = [
      { kind: 'actor', recordId: 'nisc', text: { en: '=Ask about 2025', ja: '改組を確認' }, updatedAt: '2026-12-02T00:00:00Z' },
      { kind: 'relation', recordId: 'r1', text: { ja: '年次協議' }, updatedAt: '2026-12-02T00:00:00Z' },
    ];
    const without = sceneCsv({ actors, relations }, mapLinks({ actors, relations }), visible);
    expect(without).not.toContain('my_note');
    const rows = sceneCsv({ actors, relations }, mapLinks({ actors, relations }), visible, notes).slice(1).trim().split('\r\n');
    expect(rows[0]).toBe('record,id,type,country,name_en,name_ja,source,target,from,to,my_note_en,my_note_ja');
    expect(rows).toContain("actor,nisc,agency,JP,NISC,内閣サイバーセキュリティセンター,,,,,'=Ask about 2025,改組を確認");
    expect(rows).toContain('actor,npa,agency,JP,NPA,警察庁,,,,,,');
    expect(rows).toContain('relation,r1,counterpart_of,,,,npa,nisc,,,,年次協議');
  });

  it('marks added and changed organizations and connections, and ghosts removed organizations with their parent', () => {
    const changes = mapChangesOf(
      {
        changes: [
          { list: 'actors', id: 'nco', change: 'added', label: { en: 'NCO' }, fields: [] },
          { list: 'actors', id: 'nisc', change: 'removed', label: { en: 'NISC', ja: '内閣サイバーセキュリティセンター' }, fields: [] },
          { list: 'actors', id: 'npa', change: 'changed', label: { en: 'NPA' }, fields: [] },
          { list: 'relations', id: 'r2', change: 'added', label: { en: 'r2' }, fields: [] },
          { list: 'events', id: 'e1', change: 'added', label: { en: 'e1' }, fields: [] },
        ],
        counts: {} as never,
      },
      { nisc: 'cabinet_secretariat' },
      'ja',
    );
    expect([...changes.added]).toEqual(['nco', 'r2']);
    expect([...changes.changed]).toEqual(['npa']);
    expect(changes.removed).toEqual([{ id: 'nisc', label: '内閣サイバーセキュリティセンター', parent: 'cabinet_secretariat' }]);
  });
});

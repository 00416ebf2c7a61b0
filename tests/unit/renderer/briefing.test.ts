import { describe, expect, it } from 'vitest';
import type { ActorSummary, Scene, SceneView } from '../../../api/types';
import { cameraFor } from '../../../renderer/features/map/camera';
import { sceneVisible } from '../../../renderer/features/map/scene-visibility';
import { csvCell, sceneCsv, toCsv } from '../../../renderer/features/export/csv';
import { fileSlug } from '../../../renderer/features/export/file-names';
import { mapLinks } from '../../../domain/map-links';
import { presentationKeyAction } from '../../../renderer/features/present/presentation-keys';
import { presentationText } from '../../../renderer/features/present/scene-text';

function actor(id: string, country: string, name: Record<string, string>): ActorSummary {
  return { id, type: 'agency', country, name, short: null, unofficialName: [], reading: null, parent: null, from: null, to: null, succeededBy: null, roles: [] };
}
const actors = [actor('nisc', 'JP', { en: 'NISC', ja: '内閣サイバーセキュリティセンター' }), actor('cisa', 'US', { en: '=CISA', ja: 'CISA' })];
const relations = [{ id: 'r1', type: 'counterpart_of' as const, source: 'cisa', target: 'nisc', from: null, to: null }];
const links = mapLinks({ actors, relations });

function view(hiddenGroups: string[]): SceneView {
  return { hiddenGroups, hiddenActorTypes: [], hiddenLinkTypes: [], asOfDate: null, selection: null, viewport: { x1: 0, y1: 0, x2: 100, y2: 50 }, labels: 'en', positions: {} };
}
function scene(id: number, hiddenGroups: string[], cumulative: boolean): Scene {
  return { id, title: { en: `Scene ${id}` }, notes: {}, cumulative, view: view(hiddenGroups), updatedAt: '' };
}

describe('scenes', () => {
  it('show their own view, or add to the previous scene when they reveal cumulatively', () => {
    const scenes = [scene(1, ['US'], false), scene(2, ['JP'], true), scene(3, ['JP'], false)];
    expect([...sceneVisible({ actors }, links, scenes, 0).actors]).toEqual(['nisc']);
    expect([...sceneVisible({ actors }, links, scenes, 1).actors].sort()).toEqual(['cisa', 'nisc']);
    expect([...sceneVisible({ actors }, links, scenes, 1).links]).toEqual(['relation:r1']);
    expect([...sceneVisible({ actors }, links, scenes, 2).actors]).toEqual(['cisa']);
  });

  it('frame the same map area on any screen', () => {
    const area = { x1: -500, y1: 0, x2: 500, y2: 400 };
    const wide = cameraFor(area, 1920, 1080);
    expect(wide.zoom).toBeCloseTo(1.92);
    expect((0 - wide.pan.x) / wide.zoom + 1920 / wide.zoom / 2).toBeCloseTo(0);
    const tall = cameraFor(area, 800, 1200);
    expect(tall.zoom).toBeCloseTo(0.8);
  });
});

describe('presentation keys', () => {
  it('follow what presentation clickers send', () => {
    expect(['ArrowRight', 'PageDown', ' '].map(presentationKeyAction)).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map(presentationKeyAction)).toEqual(['previous', 'previous']);
    expect(presentationKeyAction('Escape')).toBe('exit');
    expect(presentationKeyAction('n')).toBe('notes');
    expect(presentationKeyAction('a')).toBeNull();
  });

  it('show bilingual titles as two lines, once when they are the same', () => {
    expect(presentationText({ en: 'Counterparts', ja: 'カウンターパート' }, 'both')).toEqual(['Counterparts', 'カウンターパート']);
    expect(presentationText({ en: 'CISA', ja: 'CISA' }, 'both')).toEqual(['CISA']);
    expect(presentationText({ en: 'Counterparts' }, 'ja')).toEqual(['Counterparts']);
  });
});

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+81 3', '-cmd', '@SUM(A1)', '\tx'].map(csvCell)).toEqual(["'=1+1", "'+81 3", "'-cmd", "'@SUM(A1)", "'\tx"]);
    expect(csvCell('plain')).toBe('plain');
  });

  it('quotes commas, quotes and line breaks, and starts with a byte-order mark for Excel', () => {
    const csv = toCsv([
      ['a,b', 'say "hi"', 'two\nlines'],
      ['内閣官房', null, 3],
    ]);
    expect(csv).toBe('\uFEFF"a,b","say ""hi""","two\nlines"\r\n内閣官房,,3\r\n');
  });

  it('lists the actors and relations a scene shows', () => {
    const csv = sceneCsv({ actors, relations }, links, { actors: new Set(['nisc', 'cisa']), links: new Set(['relation:r1']) });
    const rows = csv.slice(1).trim().split('\r\n');
    expect(rows[0]).toBe('record,id,type,country,name_en,name_ja,source,target,from,to');
    expect(rows).toContain('actor,nisc,agency,JP,NISC,内閣サイバーセキュリティセンター,,,,');
    expect(rows).toContain("actor,cisa,agency,US,'=CISA,CISA,,,,");
    expect(rows).toContain('relation,r1,counterpart_of,,,,cisa,nisc,,');
  });

  it('names files after titles in any script, without characters file systems refuse', () => {
    expect(fileSlug('5th Japan–U.S. Cyber Dialogue')).toBe('5th-Japan–U.S.-Cyber-Dialogue');
    expect(fileSlug('日米の体制: 2025/08')).toBe('日米の体制-2025-08');
    expect(fileSlug('???')).toBe('alliance-atlas');
  });
});

import { describe, expect, it } from 'vitest';
import type { ActorSummary, EventSummary } from '../../../api/types';
import { mapLinks } from '../../../domain/map-links';
import { visibleElements } from '../../../renderer/features/map/visibility';
import { datasetSpan, nextPlayStep, parseTypedDate } from '../../../renderer/features/time/as-of';
import { countryLaneOf, timelineEntries } from '../../../renderer/features/time/timeline-items';
import { minorLabel, majorLabel } from '../../../renderer/features/time/timeline-labels';
import { selectionMarkRules } from '../../../renderer/features/time/selection-mark-rules';

function actor(id: string, country: string | null, from: string | null, to: string | null, extra: Partial<ActorSummary> = {}): ActorSummary {
  return { id, type: 'agency', country, name: { en: id, ja: id }, short: null, unofficialName: [], reading: null, parent: null, from, to, succeededBy: null, roles: [], ...extra };
}

const actors = [
  actor('nisc', 'JP', '2005-04-25', '2025-06-30', { succeededBy: 'nco' }),
  actor('nco', 'JP', '2025-07-01', null),
  actor('group', 'JP', '2014', '2022-03', {}),
  actor('cisa', 'US', '2018-11-16', null),
  actor('dialogue', null, null, null),
];
const relations = [
  { id: 'r1', type: 'counterpart_of' as const, source: 'cisa', target: 'nisc', from: '2018-11-16', to: '2025-06-30' },
  { id: 'r2', type: 'counterpart_of' as const, source: 'cisa', target: 'nco', from: '2025-07-01', to: null },
  { id: 'r3', type: 'participates_in' as const, source: 'nisc', target: 'dialogue', from: '2013-05', to: null },
];
const links = mapLinks({ actors, relations });
const at = (asOfDate: string | null) => visibleElements(actors, links, { hiddenGroups: new Set(), hiddenActorTypes: new Set(), hiddenLinkTypes: new Set(), asOfDate });

describe('the map on an as-of date', () => {
  it('shows a body only while it existed, and its successor after the succession', () => {
    expect([...at('2016-01-01').actors]).toEqual(['nisc', 'group', 'dialogue']);
    expect([...at('2025-08-01').actors]).toEqual(['nco', 'cisa', 'dialogue']);
    expect(at('2025-06-30').actors.has('nisc')).toBe(true);
    expect(at('2025-07-01').actors.has('nisc')).toBe(false);
  });

  it('reads year and month bounds as whole periods', () => {
    expect(at('2014-01-01').actors.has('group')).toBe(true);
    expect(at('2013-12-31').actors.has('group')).toBe(false);
    expect(at('2022-03-31').actors.has('group')).toBe(true);
    expect(at('2022-04-01').actors.has('group')).toBe(false);
  });

  it('shows a link only while it was valid and both its ends existed', () => {
    expect([...at('2020-01-01').links]).toEqual(['relation:r1', 'relation:r3']);
    expect([...at('2025-08-01').links]).toEqual(['relation:r2']);
    expect([...at('2013-01-01').links]).toEqual([]);
    expect(at('2025-07-01').links.has('succession:nisc')).toBe(false);
  });

  it('shows everything without a date', () => {
    expect(at(null).actors.size).toBe(actors.length);
    expect(at(null).links.has('succession:nisc')).toBe(true);
  });
});

describe('playing through time', () => {
  const span = datasetSpan({ actors, relations, events: [] }, '2026-11-21');

  it('spans from the earliest start to the end of the last year mentioned', () => {
    expect(span).toEqual({ first: Math.floor(Date.UTC(2005, 3, 25) / 86_400_000), last: Math.floor(Date.UTC(2026, 11, 31) / 86_400_000) });
  });

  it('steps a year at a time and stops at the end', () => {
    expect(nextPlayStep('2016-07-20', span)).toBe('2017-07-20');
    expect(nextPlayStep('2020-02-29', span)).toBe('2021-02-28');
    expect(nextPlayStep('2026-03-01', span)).toBeNull();
  });
});

describe('typed dates', () => {
  it('accepts ISO dates at any precision and common Japanese and slash forms', () => {
    expect(parseTypedDate('2017')).toBe('2017-01-01');
    expect(parseTypedDate('2017-05')).toBe('2017-05-01');
    expect(parseTypedDate('2017-07-20')).toBe('2017-07-20');
    expect(parseTypedDate('2017/7/20')).toBe('2017-07-20');
    expect(parseTypedDate('２０１７年７月２０日')).toBe('2017-07-20');
    expect(parseTypedDate(' 2025-08-01 ')).toBe('2025-08-01');
  });

  it('refuses what is not a date', () => {
    for (const text of ['2017-02-30', 'July 2017', '17-07-20', 'tomorrow', '2017-13']) expect(parseTypedDate(text), text).toBeNull();
  });
});

describe('timeline entries', () => {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const event = (id: string, date: string, endDate: string | null, involved: string[]): EventSummary => ({
    id,
    date,
    endDate,
    category: 'dialogue',
    title: { en: id, ja: id },
    actors: involved,
  });

  it('draws meetings that span days as ranges ending after their last day, vague dates as the whole period', () => {
    const [meeting, point, year] = timelineEntries(
      [event('m', '2017-07-20', '2017-07-21', ['nisc']), event('p', '2018-11-16', null, ['cisa']), event('y', '1996', null, ['nisc'])],
      byId,
      'category',
    );
    expect(meeting).toMatchObject({ kind: 'range', start: new Date(2017, 6, 20), end: new Date(2017, 6, 22), lane: 'dialogue' });
    expect(point).toMatchObject({ kind: 'point', start: new Date(2018, 10, 16), end: null });
    expect(year).toMatchObject({ kind: 'imprecise', start: new Date(1996, 0, 1), end: new Date(1997, 0, 1) });
  });

  it('puts an event in its country’s lane, or the bilateral lane when countries mix', () => {
    expect(countryLaneOf(event('a', '2017', null, ['nisc', 'nco']), byId)).toBe('JP');
    expect(countryLaneOf(event('b', '2017', null, ['cisa']), byId)).toBe('US');
    expect(countryLaneOf(event('c', '2017', null, ['nisc', 'cisa']), byId)).toBe('bilateral');
    expect(countryLaneOf(event('d', '2017', null, ['dialogue']), byId)).toBe('bilateral');
  });

  it('labels the axis in the UI language', () => {
    const july = new Date(2017, 6, 20);
    expect(minorLabel('ja', july, 'year')).toBe('2017年');
    expect(minorLabel('ja', july, 'month')).toBe('7月');
    expect(minorLabel('ja', july, 'day')).toBe('20日');
    expect(majorLabel('ja', july, 'day')).toBe('2017年7月');
    expect(minorLabel('en', july, 'month')).toBe('Jul');
    expect(majorLabel('en', july, 'day')).toBe('July 2017');
  });
});

describe('timeline selection marks', () => {
  const escape = (id: string) => id.replace(/[^\w-]/g, (c) => `\\${c}`);

  it('marks nothing without a selection', () => {
    expect(selectionMarkRules(null, escape)).toBe('');
  });

  it('rings the related events and greys every other, as specifically as the category colours', () => {
    const rules = selectionMarkRules(['e_1', 'e.2'], escape);
    expect(rules).toContain('.timeline .vis-item.event:not(:is(.event-id--e_1, .event-id--e\\.2))');
    expect(rules).toContain('.timeline .vis-item.event:is(.event-id--e_1, .event-id--e\\.2) { box-shadow');
  });

  it('greys every event when the selected organization takes part in none', () => {
    expect(selectionMarkRules([], escape)).toMatch(/^\.timeline \.vis-item\.event \{ color/);
  });
});

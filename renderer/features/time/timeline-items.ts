import type { ActorSummary, EventSummary } from '../../../api/types';
import { parsePartialDate } from '../../../domain/partial-date';
import { EVENT_CATEGORIES, type EventCategory } from '../../../domain/vocabulary';

/**
 * How events sit on the timeline: in lanes by category or by country, as ranges when they
 * span days, and as a faint range over the whole year or month when the data knows only that.
 */

export type LaneMode = 'category' | 'country';
export const BILATERAL_LANE = 'bilateral';

export interface TimelineEntry {
  readonly id: string;
  readonly lane: string;
  /** Local-time dates: the timeline draws in the viewer's time zone. */
  readonly start: Date;
  readonly end: Date | null;
  readonly kind: 'point' | 'range' | 'imprecise';
  readonly category: EventCategory;
}

function localDay(text: string, edge: 'start' | 'end'): Date {
  const date = parsePartialDate(text);
  if (!date) return new Date(Number.NaN);
  if (edge === 'start') return new Date(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  // The moment the covered span ends: the next day's midnight.
  if (date.day !== null) return new Date(date.year, (date.month ?? 1) - 1, date.day + 1);
  if (date.month !== null) return new Date(date.year, date.month, 1);
  return new Date(date.year + 1, 0, 1);
}

/** Japan-only, US-only, or bilateral/multilateral: by the countries of the actors involved. */
export function countryLaneOf(event: EventSummary, actors: ReadonlyMap<string, ActorSummary>): string {
  const countries = new Set(event.actors.map((id) => actors.get(id)?.country ?? null));
  if (countries.size === 1) {
    const [only] = countries;
    if (only) return only;
  }
  return BILATERAL_LANE;
}

export function timelineEntries(events: readonly EventSummary[], actors: ReadonlyMap<string, ActorSummary>, lanes: LaneMode): TimelineEntry[] {
  return events.map((event) => {
    const precise = parsePartialDate(event.date)?.precision === 'day';
    const lane = lanes === 'category' ? event.category : countryLaneOf(event, actors);
    const base = { id: event.id, lane, category: event.category, start: localDay(event.date, 'start') };
    if (event.endDate) return { ...base, end: localDay(event.endDate, 'end'), kind: 'range' };
    if (!precise) return { ...base, end: localDay(event.date, 'end'), kind: 'imprecise' };
    return { ...base, end: null, kind: 'point' };
  });
}

export function laneOrder(lanes: LaneMode, countryCodes: readonly string[]): string[] {
  return lanes === 'category' ? [...EVENT_CATEGORIES] : [...countryCodes, BILATERAL_LANE];
}

import type { AtlasData } from '../../../api/types';
import { pickText, type LabelLanguage, type LocalizedText, type UiLanguage } from '../../../domain/languages';
import { mapLinks } from '../../../domain/map-links';
import type { ActorType, EventCategory, LinkType } from '../../../domain/vocabulary';
import { visibleElements, type MapFilters } from '../map/visibility';

/**
 * The rows of the three tables, from the same data and the same filters as the map: what the
 * map shows on the as-of date is what the tables list. Pure, so the rules are tested alone.
 */

export interface TableCell {
  readonly text: string;
  /** What the column sorts by; dates as ISO text, so string order is date order. */
  readonly sortKey: string;
  /** The language of the text, when it is data in one language. */
  readonly lang?: string;
  /** A date, kept on one line: 「2025年7月1日」 must not break before its 日. */
  readonly isDate?: true;
}

export interface TableRow {
  readonly kind: 'actor' | 'relation' | 'event';
  readonly id: string;
  readonly cells: readonly TableCell[];
}

export interface TableTexts {
  readonly uiLanguage: UiLanguage;
  readonly labelLanguage: LabelLanguage;
  actorType(type: ActorType): string;
  linkType(type: LinkType): string;
  eventCategory(category: EventCategory): string;
  /** Bilateral and multilateral frameworks have no country. */
  noCountry(): string;
  date(partial: string): string;
}

/** A name in the label language; with both languages, the two side by side. */
export function labelOf(text: LocalizedText | null | undefined, texts: TableTexts): TableCell {
  if (texts.labelLanguage === 'both') {
    const en = pickText(text, ['en']);
    const ja = pickText(text, ['ja']);
    const both = en === ja ? en : `${en} / ${ja}`;
    return { text: both, sortKey: both };
  }
  const value = pickText(text, [texts.labelLanguage]);
  return { text: value, sortKey: value, lang: texts.labelLanguage };
}

function dateCell(date: string | null, texts: TableTexts): TableCell {
  return date ? { text: texts.date(date), sortKey: date, isDate: true } : { text: '', sortKey: '' };
}

function plain(text: string): TableCell {
  return { text, sortKey: text };
}

export function actorRows(atlas: AtlasData, filters: MapFilters, texts: TableTexts): TableRow[] {
  const { actors: visible } = visibleElements(atlas.actors, [], filters);
  const countries = new Map(atlas.countries.map((c) => [c.code, c]));
  return atlas.actors
    .filter((a) => visible.has(a.id))
    .map((a) => {
      const country = a.country ? countries.get(a.country) : undefined;
      return {
        kind: 'actor' as const,
        id: a.id,
        cells: [
          labelOf(a.name, texts),
          labelOf(a.short, texts),
          plain(texts.actorType(a.type)),
          country ? plain(pickText(country.name, [texts.uiLanguage])) : plain(texts.noCountry()),
          dateCell(a.from, texts),
          dateCell(a.to, texts),
        ],
      };
    });
}

export function relationRows(atlas: AtlasData, filters: MapFilters, texts: TableTexts): TableRow[] {
  const links = mapLinks(atlas).filter((l) => l.relationId !== null);
  const { links: visible } = visibleElements(atlas.actors, links, filters);
  const actors = new Map(atlas.actors.map((a) => [a.id, a]));
  return links
    .filter((l) => visible.has(l.id))
    .map((l) => ({
      kind: 'relation' as const,
      id: l.relationId ?? l.id,
      cells: [labelOf(actors.get(l.source)?.short ?? actors.get(l.source)?.name, texts), plain(texts.linkType(l.type)), labelOf(actors.get(l.target)?.short ?? actors.get(l.target)?.name, texts), dateCell(l.from, texts), dateCell(l.to, texts)],
    }));
}

/**
 * Events up to the as-of date (what had happened by then) that involve an organization the
 * filters show, or no organization at all.
 */
export function eventRows(atlas: AtlasData, filters: MapFilters, texts: TableTexts): TableRow[] {
  const { actors: visible } = visibleElements(atlas.actors, [], filters);
  const actors = new Map(atlas.actors.map((a) => [a.id, a]));
  return atlas.events
    .filter((e) => (filters.asOfDate === null || e.date <= filters.asOfDate) && (e.actors.length === 0 || e.actors.some((id) => visible.has(id))))
    .map((e) => ({
      kind: 'event' as const,
      id: e.id,
      cells: [
        dateCell(e.date, texts),
        labelOf(e.title, texts),
        plain(texts.eventCategory(e.category)),
        // The organizations' names are data in the label language, like the title.
        {
          ...plain(
            e.actors
              .map((id) => labelOf(actors.get(id)?.short ?? actors.get(id)?.name, texts).text)
              .filter(Boolean)
              .join(', '),
          ),
          ...(texts.labelLanguage === 'both' ? {} : { lang: texts.labelLanguage }),
        },
      ],
    }));
}

/** A row as one line of tab-separated values, as spreadsheets paste it. */
export function rowAsTsv(cells: readonly TableCell[]): string {
  return cells.map((c) => c.text.replace(/[\t\r\n]+/g, ' ')).join('\t');
}

export type SortDirection = 'ascending' | 'descending';

/** Rows sorted by one column in the UI language's collation; empty cells last either way. */
export function sortRows(rows: readonly TableRow[], column: number, direction: SortDirection, language: string): TableRow[] {
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a.cells[column]?.sortKey ?? '';
    const y = b.cells[column]?.sortKey ?? '';
    if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
    return sign * collator.compare(x, y);
  });
}

/** Rows with the filter text in any cell, ignoring case and full/half width. */
export function filterRows(rows: readonly TableRow[], filter: string): TableRow[] {
  const wanted = filter.normalize('NFKC').toLowerCase().trim();
  if (wanted === '') return [...rows];
  return rows.filter((row) => row.cells.some((c) => c.text.normalize('NFKC').toLowerCase().includes(wanted)));
}

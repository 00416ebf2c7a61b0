import type { AtlasData, Briefing, SourceView, SourceWithCitations } from '../../../api/types';
import { mapLinks } from '../../../domain/map-links';
import type { ActorType, LinkType } from '../../../domain/vocabulary';
import { formatPartialDate } from '../../i18n/format-date';
import { sceneVisible } from '../map/scene-visibility';
import { sceneDrawsMixedLines } from '../map/scene-map';
import { ACTOR_TYPE_SHAPES, FRAMEWORK_COLOR, LINK_STYLES, MIXED_LINK_STYLE, type LinkStyle, type NodeShape } from '../map/visual-encoding';
import { sourcesShown } from './shown-sources';
import type { PackText } from './pack-text';

/** One line of a handout's legend: a colour (country), a shape (kind of organization) or a line (kind of link). */
export type LegendEntry =
  | { readonly kind: 'color'; readonly label: string; readonly color: string }
  | { readonly kind: 'shape'; readonly label: string; readonly shape: NodeShape }
  | { readonly kind: 'line'; readonly label: string; readonly line: LinkStyle };

/** What every handout of a scene carries around its map, in the handout's language. */
export interface SceneContext {
  readonly briefingTitle: string;
  readonly title: string;
  readonly notes: string;
  /** "As of July 1, 2025" or "All dates". */
  readonly asOf: string;
  readonly legend: readonly LegendEntry[];
  readonly sources: readonly SourceView[];
  /** The sources in one line: publishers with their years, for image exports and footers. */
  readonly sourceLine: string;
}

/** Sources grouped by publisher, "Publisher (2016, 2017)", so a long list stays one short line. */
export function sourcesByPublisher(sources: readonly SourceView[], text: PackText): string[] {
  return publisherGroups(sources, text).map((group) => group.label);
}

/** The publisher groups with how many sources each stands for. */
export function publisherGroups(sources: readonly SourceView[], text: PackText): { readonly label: string; readonly count: number }[] {
  const counts = new Map<string, number>();
  for (const source of sources) {
    const publisher = source.publisher ?? text.data(source.title);
    counts.set(publisher, (counts.get(publisher) ?? 0) + 1);
  }
  const years = new Map<string, Set<string>>();
  for (const source of sources) {
    const publisher = source.publisher ?? text.data(source.title);
    const entry = years.get(publisher) ?? new Set<string>();
    if (source.date) entry.add(formatPartialDate(source.date.slice(0, 4), text.primary));
    years.set(publisher, entry);
  }
  return [...years].map(([publisher, dates]) => ({
    label: dates.size > 0 ? `${publisher} (${[...dates].sort().join(', ')})` : publisher,
    count: counts.get(publisher) ?? 0,
  }));
}

export function sceneContext(atlas: AtlasData, briefing: Briefing, sources: readonly SourceWithCitations[], index: number, text: PackText): SceneContext {
  const scene = briefing.scenes[index];
  const links = mapLinks(atlas);
  const visible = sceneVisible(atlas, links, briefing.scenes, index);
  const shownActors = atlas.actors.filter((actor) => visible.actors.has(actor.id));
  const countries = atlas.countries.filter((country) => shownActors.some((actor) => actor.country === country.code));
  const legend: LegendEntry[] = [
    ...countries.map((country) => ({ kind: 'color' as const, label: text.data(country.name), color: country.color })),
    ...(shownActors.some((actor) => !actor.country) ? [{ kind: 'color' as const, label: text.vocab('framework'), color: FRAMEWORK_COLOR }] : []),
    ...(Object.keys(ACTOR_TYPE_SHAPES) as ActorType[])
      .filter((type) => shownActors.some((actor) => actor.type === type))
      .map((type) => ({ kind: 'shape' as const, label: text.vocab(`actorType.${type}`), shape: ACTOR_TYPE_SHAPES[type] })),
    ...(Object.keys(LINK_STYLES) as LinkType[])
      .filter((type) => links.some((link) => link.type === type && visible.links.has(link.id)))
      .map((type) => ({ kind: 'line' as const, label: text.vocab(`linkType.${type}`), line: LINK_STYLES[type] })),
    ...(sceneDrawsMixedLines(atlas, scene?.view, links, visible) ? [{ kind: 'line' as const, label: text.t('handout.mixedLinks'), line: MIXED_LINK_STYLE }] : []),
  ];
  const shown = sourcesShown(sources, links, visible, scene?.view.selection ?? null);
  return {
    briefingTitle: text.data(briefing.title),
    title: text.data(scene?.title),
    notes: text.data(scene?.notes),
    asOf: scene?.view.asOfDate ? text.dated('print.asOf', scene.view.asOfDate) : text.t('print.allDates'),
    legend,
    sources: shown,
    sourceLine: shown.length > 0 ? `${text.t('handout.sources')}: ${sourcesByPublisher(shown, text).join('; ')}` : '',
  };
}

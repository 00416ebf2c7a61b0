import { pickText, UI_LANGUAGES, type UiLanguage } from '../../../domain/languages';
import { mapLinks } from '../../../domain/map-links';
import { SYMMETRIC_RELATION_TYPES, type RelationType } from '../../../domain/vocabulary';
import type { Bundle } from '../../bundle/bundle-schema';
import { vocabularyLabel } from '../exchange-labels';

/**
 * The network the graph exports write: organizations as nodes, and as edges the links the
 * map draws (relations, "part of", "succeeded by"), so Gephi shows what the app shows.
 * Labels are in the language chosen for the export; names in every UI language are attributes.
 */

export interface GraphNode {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  readonly typeLabel: string;
  readonly country: string;
  readonly color: string | null;
  /** name_en, name_ja, short_en, short_ja */
  readonly names: Readonly<Record<string, string>>;
  readonly from: string | null;
  readonly to: string | null;
}

export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly label: string;
  readonly relation: string;
  readonly directed: boolean;
  readonly from: string | null;
  readonly to: string | null;
}

export interface GraphModel {
  readonly title: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** The attributes written for every node's names, in a fixed order. */
export const NAME_ATTRIBUTES = UI_LANGUAGES.flatMap((lang) => [`name_${lang}`, `short_${lang}`]);

export function graphModel(bundle: Bundle, language: UiLanguage): GraphModel {
  const colors = new Map(bundle.countries.map((c) => [c.code, c.color.toLowerCase()]));
  const nodes = bundle.actors.map((actor) => ({
    id: actor.id,
    label: pickText(actor.short, [language]) || pickText(actor.name, [language]),
    type: actor.type,
    typeLabel: vocabularyLabel(language, 'actorType', actor.type),
    country: actor.country ?? '',
    color: actor.country ? (colors.get(actor.country) ?? null) : null,
    names: Object.fromEntries(UI_LANGUAGES.flatMap((lang) => [[`name_${lang}`, actor.name[lang] ?? ''], [`short_${lang}`, actor.short?.[lang] ?? '']])),
    from: actor.from ?? null,
    to: actor.to ?? null,
  }));
  const edges = mapLinks(bundle).map((link) => ({
    id: link.id,
    source: link.source,
    target: link.target,
    type: link.type,
    label: vocabularyLabel(language, 'linkType', link.type),
    relation: link.relationId ?? '',
    directed: !SYMMETRIC_RELATION_TYPES.has(link.type as RelationType),
    from: link.from,
    to: link.to,
  }));
  return { title: pickText(bundle.title, [language]), nodes, edges };
}

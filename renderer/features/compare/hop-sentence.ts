import type { TFunction } from 'i18next';
import type { Hop } from './paths';

/**
 * A hop as one plain sentence from a template with placeholders: the grammar of each language
 * lives in its locale file (one template per link type), so Japanese word order is never built
 * from English pieces. The sentence states the relation as the data records it (its source
 * first), whichever way the path walks it.
 */
export function hopSentence(t: TFunction<'compare'>, hop: Hop, nameOf: (actorId: string) => string): string {
  return t(`hop.${hop.link.type}`, { source: nameOf(hop.link.source), target: nameOf(hop.link.target) });
}

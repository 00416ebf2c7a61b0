import i18next from 'i18next';
import type { AtlasData } from '../../../api/types';
import { pickText, type LabelLanguage, type UiLanguage } from '../../../domain/languages';
import { actorLabelTexts } from './labels/actor-labels';
import type { LabelTexts } from './map-labels';

function inLanguages(language: LabelLanguage, text: (lng: UiLanguage) => string): string {
  if (language !== 'both') return text(language);
  const [english, japanese] = [text('en'), text('ja')];
  return english === japanese ? english : `${english}\n${japanese}`;
}

/** The words the map draws, in the label language: actor names, group and region titles. */
export function labelTextsFor(atlas: Pick<AtlasData, 'actors' | 'countries'>): LabelTexts {
  const actors = new Map(atlas.actors.map((a) => [a.id, a]));
  const countries = new Map(atlas.countries.map((c) => [`region:${c.code}`, c]));
  return {
    actor(id, language) {
      const actor = actors.get(id);
      return actor ? actorLabelTexts(actor, language) : { full: id, short: id };
    },
    group(id, members, language) {
      const kind = id.split(':')[2] === 'sector' ? 'sector' : 'other';
      return inLanguages(language, (lng) => i18next.getFixedT(lng)(`map.group.${kind}`, { count: members }));
    },
    region(id, language) {
      const country = countries.get(id);
      return inLanguages(language, (lng) => (country ? pickText(country.name, [lng]) : i18next.getFixedT(lng)('map.frameworksRegion')));
    },
  };
}

import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../domain/languages';
import { ACTOR_TYPES, LINK_TYPES } from '../../../domain/vocabulary';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { FRAMEWORK_GROUP, groupOf } from '../../../domain/country-groups';
import { mapLinks } from '../../../domain/map-links';
import { ACTOR_TYPE_SHAPES, FRAMEWORK_COLOR, LINK_STYLES, MIXED_LINK_STYLE } from '../map/visual-encoding';
import { ColorSwatch, LineSwatch, ShapeSwatch } from './swatches';

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function FilterRow(props: {
  readonly swatch: ReactNode;
  readonly label: string;
  readonly count: number;
  readonly shown: boolean;
  readonly onToggle: () => void;
}) {
  return (
    <li>
      <label className="filter-row">
        <input type="checkbox" aria-label={props.label} checked={props.shown} onChange={props.onToggle} />
        {props.swatch}
        <span className="filter-row__label">{props.label}</span>
        <span className="filter-row__count">{props.count}</span>
      </label>
    </li>
  );
}

/**
 * The legend is also the filter panel: every colour, shape and line the map uses is listed
 * with what it means in the current language, and its checkbox shows or hides it.
 */
export function LegendFilters() {
  const { t } = useTranslation();
  const { t: tv } = useTranslation('vocabulary');
  const atlas = useAtlasStore((s) => s.atlas);
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const hiddenGroups = useViewStore((s) => s.hiddenGroups);
  const hiddenActorTypes = useViewStore((s) => s.hiddenActorTypes);
  const hiddenLinkTypes = useViewStore((s) => s.hiddenLinkTypes);
  const { toggleGroup, toggleActorType, toggleLinkType, showAll } = useViewStore.getState();

  const counts = useMemo(() => {
    if (!atlas) return null;
    return {
      groups: countBy(atlas.actors, (a) => groupOf(a.country)),
      types: countBy(atlas.actors, (a) => a.type),
      links: countBy(mapLinks(atlas), (l) => l.type),
    };
  }, [atlas]);
  if (!atlas || !counts) return null;
  const anythingHidden = hiddenGroups.size + hiddenActorTypes.size + hiddenLinkTypes.size > 0;

  return (
    <section className="legend" aria-label={t('legend.title')}>
      <div className="legend__header">
        <h2>{t('legend.title')}</h2>
        {anythingHidden && (
          <button type="button" className="link-button" onClick={showAll}>
            {t('legend.showAll')}
          </button>
        )}
      </div>
      <section>
        <h3>{t('legend.countries')}</h3>
        <ul>
          {atlas.countries.map((country) => (
            <FilterRow
              key={country.code}
              swatch={<ColorSwatch color={country.color} />}
              label={pickText(country.name, [uiLanguage])}
              count={counts.groups.get(country.code) ?? 0}
              shown={!hiddenGroups.has(country.code)}
              onToggle={() => toggleGroup(country.code)}
            />
          ))}
          {counts.groups.has(FRAMEWORK_GROUP) && (
            <FilterRow
              swatch={<ColorSwatch color={FRAMEWORK_COLOR} />}
              label={tv('framework')}
              count={counts.groups.get(FRAMEWORK_GROUP) ?? 0}
              shown={!hiddenGroups.has(FRAMEWORK_GROUP)}
              onToggle={() => toggleGroup(FRAMEWORK_GROUP)}
            />
          )}
        </ul>
      </section>
      <section>
        <h3>{t('legend.actorTypes')}</h3>
        <ul>
          {ACTOR_TYPES.filter((type) => counts.types.has(type)).map((type) => (
            <FilterRow
              key={type}
              swatch={<ShapeSwatch shape={ACTOR_TYPE_SHAPES[type]} />}
              label={tv(`actorType.${type}`)}
              count={counts.types.get(type) ?? 0}
              shown={!hiddenActorTypes.has(type)}
              onToggle={() => toggleActorType(type)}
            />
          ))}
        </ul>
      </section>
      <section>
        <h3>{t('legend.linkTypes')}</h3>
        <ul>
          {LINK_TYPES.filter((type) => counts.links.has(type)).map((type) => (
            <FilterRow
              key={type}
              swatch={<LineSwatch link={LINK_STYLES[type]} />}
              label={tv(`linkType.${type}`)}
              count={counts.links.get(type) ?? 0}
              shown={!hiddenLinkTypes.has(type)}
              onToggle={() => toggleLinkType(type)}
            />
          ))}
          <li className="legend__explanation">
            <LineSwatch link={MIXED_LINK_STYLE} />
            <span>{t('legend.mixedLinks')}</span>
          </li>
        </ul>
      </section>
    </section>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { lightUp } from './compare-commands';
import { useCompareStore } from './compare-store';
import { connectionGraph } from './connection-graph';
import { hopSentence } from './hop-sentence';
import { HopSource } from './HopSource';
import { inLabelLanguage } from './names';
import { findPaths } from './paths';
import { useCompareFilters } from './use-compare-filters';

/**
 * "How is A connected to B?": two pickers, then up to three shortest paths over the relations
 * in force at the as-of date, each hop a plain sentence with its source. The first path is
 * drawn on the map as soon as it is found; another can be shown with its button.
 */
export function PathFinder() {
  const { t } = useTranslation('compare');
  const atlas = useAtlasStore((s) => s.atlas);
  const language = useViewStore((s) => s.labelLanguage);
  const from = useCompareStore((s) => s.pathFrom);
  const to = useCompareStore((s) => s.pathTo);
  const highlight = useCompareStore((s) => s.highlight);
  const setPathEnds = useCompareStore((s) => s.setPathEnds);
  const filters = useCompareFilters();
  const graph = useMemo(() => (atlas ? connectionGraph(atlas, filters) : null), [atlas, filters]);
  const paths = useMemo(() => (graph && from && to && from !== to ? findPaths(graph, from, to) : []), [graph, from, to]);
  if (!atlas || !graph) return null;

  const nameOf = (id: string) => inLabelLanguage(atlas.actors.find((a) => a.id === id)?.name, language);
  // Organizations present at the date, grouped by country in the dataset's order, frameworks last.
  const groups = [...atlas.countries.map((c) => ({ key: c.code, label: inLabelLanguage(c.name, language) })), { key: '', label: '—' }].map((g) => ({
    ...g,
    actors: atlas.actors.filter((a) => (a.country ?? '') === g.key && graph.hasNode(a.id)).sort((a, b) => nameOf(a.id).localeCompare(nameOf(b.id), language === 'ja' ? 'ja' : 'en')),
  }));
  const picker = (label: string, value: string | null, onChange: (id: string | null) => void, testId: string) => (
    <label className="path-picker">
      <span>{label}</span>
      <select data-testid={testId} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{t('paths.choose')}</option>
        {groups.map((g) => (
          <optgroup key={g.key} label={g.label}>
            {g.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {nameOf(a.id)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
  const show = (index: number) => {
    const path = paths[index];
    if (!path || !from) return;
    lightUp({ key: `path:${from}:${to}:${index}`, actors: [from, ...path.map((h) => h.to)], links: path.map((h) => h.link.id) });
  };

  return (
    <div className="compare-paths" data-testid="path-finder">
      <p className="muted">{t('paths.explain')}</p>
      <div className="path-pickers">
        {picker(t('paths.from'), from, (id) => setPathEnds(id, to), 'path-from')}
        {picker(t('paths.to'), to, (id) => setPathEnds(from, id), 'path-to')}
      </div>
      {from && to && from === to && <p className="compare-cell__none">{t('paths.same')}</p>}
      {from && to && from !== to && paths.length === 0 && <p className="compare-cell__none">{t('paths.none')}</p>}
      {paths.map((path, index) => {
        const lit = highlight?.key === `path:${from}:${to}:${index}`;
        return (
          <section key={index} className={lit ? 'path path--lit' : 'path'} data-testid="path">
            <h4>
              {t('paths.pathTitle', { index: index + 1, count: path.length })}{' '}
              <button type="button" aria-pressed={lit} onClick={() => show(index)}>
                {t('paths.show')}
              </button>
            </h4>
            <ol className="path__hops">
              {path.map((hop) => (
                <li key={hop.link.id} data-link-id={hop.link.id}>
                  <p className="path__sentence">{hopSentence(t, hop, nameOf)}</p>
                  <HopSource link={hop.link} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

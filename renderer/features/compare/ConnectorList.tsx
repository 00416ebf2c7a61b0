import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { chooseActor } from './compare-commands';
import { connectionGraph } from './connection-graph';
import { keyConnectors } from './connectors';
import { inLabelLanguage } from './names';
import { useCompareFilters } from './use-compare-filters';

/** The organizations that carry the most cross-border shortest routes, each explained in a sentence. */
export function ConnectorList() {
  const { t } = useTranslation('compare');
  const atlas = useAtlasStore((s) => s.atlas);
  const language = useViewStore((s) => s.labelLanguage);
  const filters = useCompareFilters();
  const connectors = useMemo(() => {
    if (!atlas) return [];
    const country = new Map(atlas.actors.map((a) => [a.id, a.country]));
    return keyConnectors(connectionGraph(atlas, filters), (id) => country.get(id) ?? null);
  }, [atlas, filters]);
  const nameOf = (id: string) => {
    const actor = atlas?.actors.find((a) => a.id === id);
    return inLabelLanguage(actor?.name, language);
  };
  return (
    <div className="compare-connectors" data-testid="connectors">
      <p>{t('connectors.explain')}</p>
      {connectors.length === 0 ? (
        <p className="compare-cell__none">{t('connectors.none')}</p>
      ) : (
        <table className="compare-table">
          <caption>{t('connectors.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('connectors.name')}</th>
              <th scope="col">{t('connectors.score')}</th>
              <th scope="col">{t('connectors.degree')}</th>
              <th scope="col">{t('connectors.abroad')}</th>
            </tr>
          </thead>
          <tbody>
            {connectors.map((c) => (
              <tr key={c.actorId} data-actor-id={c.actorId}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => chooseActor(c.actorId)}>
                    {nameOf(c.actorId)}
                  </button>
                  <p className="muted connector-sentence">{t('connectors.sentence', { name: nameOf(c.actorId), score: c.betweenness, degree: c.degree, abroad: c.abroad })}</p>
                </th>
                <td>{c.betweenness}</td>
                <td>{c.degree}</td>
                <td>{c.abroad}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted compare-note">{t('connectors.note')}</p>
    </div>
  );
}

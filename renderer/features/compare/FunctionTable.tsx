import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { downloadBlob } from '../export/download';
import { BreakableName } from '../../ui/BreakableName';
import { buildComparison } from './comparison';
import { comparisonCsv } from './comparison-csv';
import { chooseActor, lightUp } from './compare-commands';
import { useCompareStore } from './compare-store';
import { inLabelLanguage } from './names';
import { useCompareFilters } from './use-compare-filters';

/**
 * Rows are functions, columns the dataset's countries; each cell lists the organizations
 * holding the function at the as-of date, lead first. A gap is information, so an empty cell
 * says "none" rather than staying blank. Counterpart pairs between cells follow each row.
 */
export function FunctionTable() {
  const { t } = useTranslation('compare');
  const { t: tv } = useTranslation('vocabulary');
  const atlas = useAtlasStore((s) => s.atlas);
  const language = useViewStore((s) => s.labelLanguage);
  const selection = useViewStore((s) => s.selection);
  const highlight = useCompareStore((s) => s.highlight);
  const filters = useCompareFilters();
  const comparison = useMemo(() => (atlas ? buildComparison(atlas, filters) : null), [atlas, filters]);
  if (!comparison) return null;
  const selectedActor = selection?.kind === 'actor' ? selection.id : null;
  const selectedRelation = selection?.kind === 'relation' ? selection.id : null;

  const exportCsv = () => {
    const csv = comparisonCsv(comparison, language, {
      functionHeader: t('functions.function'),
      functionLabel: (fn) => tv(`function.${fn}` as 'function.oversight'),
      lead: t('functions.lead'),
      none: t('functions.none'),
      notInDataset: t('functions.notInDataset'),
    });
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `who-does-what-${filters.asOfDate ?? 'all-dates'}.csv`);
  };

  return (
    <div className="compare-functions">
      <div className="compare-actions">
        <button type="button" onClick={exportCsv}>
          {t('functions.exportCsv')}
        </button>
      </div>
      <table className="compare-table compare-table--functions" data-testid="compare-table">
        <caption>{t('functions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('functions.function')}</th>
            {comparison.columns.map((c) => (
              <th scope="col" key={c.code} data-country={c.code}>
                <span className="compare-swatch" style={{ background: c.color }} aria-hidden="true" />
                {inLabelLanguage(c.name, language)}
              </th>
            ))}
          </tr>
        </thead>
        {comparison.rows.map((row) => {
          const fnLabel = tv(`function.${row.fn}`);
          return (
            <tbody key={row.fn} data-function={row.fn}>
              <tr>
                <th scope="row" title={tv(`functionExplanation.${row.fn}`)}>
                  {fnLabel}
                </th>
                {row.cells.map((cell) => {
                  const country = comparison.columns.find((c) => c.code === cell.country);
                  const key = `cell:${row.fn}:${cell.country}`;
                  const lit = highlight?.key === key;
                  return (
                    <td key={cell.country} data-country={cell.country} className={lit ? 'compare-cell compare-cell--lit' : 'compare-cell'}>
                      {cell.holders.length === 0 && !cell.inDataset ? (
                        <p className="compare-cell__none compare-cell__none--absent">{t('functions.notInDataset')}</p>
                      ) : cell.holders.length === 0 ? (
                        <p className="compare-cell__none" title={t('functions.noneHint')}>
                          {t('functions.none')}
                        </p>
                      ) : (
                        <>
                          <button
                            type="button"
                            className="compare-cell__count"
                            aria-pressed={lit}
                            title={t('functions.showCell', { function: fnLabel, country: inLabelLanguage(country?.name, language) })}
                            onClick={() => lightUp({ key, actors: cell.holders.map((h) => h.actor.id), links: [] })}
                          >
                            {t('functions.count', { count: cell.holders.length })}
                          </button>
                          <ul className="compare-cell__holders">
                            {cell.holders.map((h) => (
                              <li key={h.actor.id} data-actor-id={h.actor.id} className={h.actor.id === selectedActor ? 'compare-holder compare-holder--selected' : 'compare-holder'}>
                                <button
                                  type="button"
                                  className="link-button"
                                  data-data-text
                                  aria-current={h.actor.id === selectedActor ? 'true' : undefined}
                                  onClick={() => chooseActor(h.actor.id)}
                                >
                                  <BreakableName text={inLabelLanguage(h.actor.name, language)} />
                                </button>
                                {h.lead && (
                                  <span className="lead-marker" title={t('functions.leadHint')}>
                                    {t('functions.lead')}
                                  </span>
                                )}
                              </li>
                            ))}
                          </ul>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
              {row.counterparts.length > 0 && (
                <tr className="compare-counterparts">
                  <td colSpan={comparison.columns.length + 1}>
                    <span className="compare-counterparts__label">{t('functions.counterparts')}:</span>
                    {row.counterparts.map((pair) => {
                      const key = `pair:${pair.relationId}`;
                      const lit = highlight?.key === key || selectedRelation === pair.relationId;
                      return (
                        <button
                          key={pair.relationId}
                          type="button"
                          className={lit ? 'compare-pair compare-pair--lit' : 'compare-pair'}
                          data-relation-id={pair.relationId}
                          aria-pressed={lit}
                          title={t('functions.pairHint')}
                          onClick={() => lightUp({ key, actors: [pair.a.id, pair.b.id], links: [`relation:${pair.relationId}`] })}
                        >
                          {t('functions.pair', { a: inLabelLanguage(pair.a.short ?? pair.a.name, language), b: inLabelLanguage(pair.b.short ?? pair.b.name, language) })}
                        </button>
                      );
                    })}
                  </td>
                </tr>
              )}
            </tbody>
          );
        })}
      </table>
      <p className="muted compare-note">{t('functions.emptyNote')}</p>
    </div>
  );
}

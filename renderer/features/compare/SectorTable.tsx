import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { BreakableName } from '../../ui/BreakableName';
import { chooseActor } from './compare-commands';
import { inLabelLanguage } from './names';
import { buildSectorComparison } from './sectors';
import { useCompareFilters } from './use-compare-filters';

/** Each country's critical-infrastructure sectors with their overseeing bodies, corresponding sectors on one line. */
export function SectorTable() {
  const { t } = useTranslation('compare');
  const atlas = useAtlasStore((s) => s.atlas);
  const language = useViewStore((s) => s.labelLanguage);
  const filters = useCompareFilters();
  const sectors = useMemo(() => (atlas ? buildSectorComparison(atlas, filters) : null), [atlas, filters]);
  if (!sectors) return null;
  return (
    <div className="compare-sectors">
      <p className="muted">{t('sectors.pairing')}</p>
      <table className="compare-table" data-testid="sector-table">
        <caption>{t('sectors.caption')}</caption>
        <thead>
          <tr>
            {sectors.columns.map((c) => (
              <th scope="col" key={c.code} data-country={c.code}>
                <span className="compare-swatch" style={{ background: c.color }} aria-hidden="true" />
                {inLabelLanguage(c.name, language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sectors.lines.map((line, index) => (
            <tr key={index} className={line.unmatched ? 'sector-line sector-line--unmatched' : 'sector-line'} data-unmatched={line.unmatched}>
              {line.cells.map((cell, column) => (
                <td key={sectors.columns[column]?.code ?? column} data-country={sectors.columns[column]?.code}>
                  {cell.length === 0 ? (
                    <p className="compare-cell__none" title={t('sectors.unmatchedHint')}>
                      {t('sectors.noCounterpart')}
                    </p>
                  ) : (
                    <ul className="compare-cell__holders">
                      {cell.map(({ sector, overseers }) => (
                        <li key={sector.id} data-actor-id={sector.id} className="compare-holder">
                          <button type="button" className="link-button" onClick={() => chooseActor(sector.id)}>
                            <BreakableName text={inLabelLanguage(sector.short ?? sector.name, language)} />
                          </button>
                          <span className="muted sector-overseers">
                            {overseers.length === 0 ? t('sectors.noOverseer') : t('sectors.overseenBy', { names: overseers.map((o) => inLabelLanguage(o.short ?? o.name, language)).join(', ') })}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

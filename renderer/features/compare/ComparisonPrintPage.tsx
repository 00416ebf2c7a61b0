import { useTranslation } from 'react-i18next';
import type { AtlasData, Scene } from '../../../api/types';
import type { LabelLanguage } from '../../../domain/languages';
import { formatPartialDate } from '../../i18n/format-date';
import { buildComparison } from './comparison';
import { inLabelLanguage } from './names';

/**
 * The comparison as a page of the PDF pack, for a scene saved with the comparison open: the
 * table at the scene's date and filters, names in the printed language, counterparts listed.
 */
export function ComparisonPrintPage(props: { readonly atlas: AtlasData; readonly scene: Scene; readonly language: LabelLanguage; readonly header: string }) {
  const { atlas, scene, language, header } = props;
  const textLanguage = language === 'both' ? 'en' : language;
  const { t } = useTranslation('compare', { lng: textLanguage });
  const { t: tv } = useTranslation('vocabulary', { lng: textLanguage });
  const view = scene.view;
  const comparison = buildComparison(atlas, {
    hiddenGroups: new Set(view.hiddenGroups),
    hiddenActorTypes: new Set(view.hiddenActorTypes),
    hiddenLinkTypes: new Set(view.hiddenLinkTypes),
    asOfDate: view.asOfDate,
  });
  return (
    <section className="print-page print-page--comparison" data-comparison-for={scene.id}>
      <header className="print-page__header">
        <span>{header}</span>
        <span>{view.asOfDate ? t('asOf', { date: formatPartialDate(view.asOfDate, textLanguage) }) : t('allDates')}</span>
      </header>
      <h1 className="print-page__title">{t('print.scene', { title: inLabelLanguage(scene.title, language) })}</h1>
      <table className="print-comparison">
        <thead>
          <tr>
            <th scope="col">{t('functions.function')}</th>
            {comparison.columns.map((c) => (
              <th scope="col" key={c.code}>
                {inLabelLanguage(c.name, language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={row.fn}>
              <th scope="row">
                {tv(`function.${row.fn}`)}
                {row.counterparts.length > 0 && (
                  <span className="print-comparison__pairs">
                    {row.counterparts.map((p) => t('functions.pair', { a: inLabelLanguage(p.a.short ?? p.a.name, language), b: inLabelLanguage(p.b.short ?? p.b.name, language) })).join('; ')}
                  </span>
                )}
              </th>
              {row.cells.map((cell) => (
                <td key={cell.country}>
                  {cell.holders.length === 0
                    ? t(cell.inDataset ? 'functions.none' : 'functions.notInDataset')
                    : cell.holders.map((h) => `${inLabelLanguage(h.actor.name, language)}${h.lead ? ` (${t('functions.lead')})` : ''}`).join(' · ')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="print-page__caption">{t('functions.emptyNote')}</p>
    </section>
  );
}

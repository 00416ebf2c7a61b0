import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../api/types';
import { pickText } from '../../../domain/languages';
import { formatPartialDate } from '../../i18n/format-date';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';

/**
 * One result: the record's name in the UI language (an event with its date), then what matched
 * when that is not the name itself: a reading, an alias, a name in the other language, or a
 * passage of the description in the UI language. Near misses say so.
 */
export function SearchHitView({ hit }: { readonly hit: SearchHit }) {
  const { t } = useTranslation();
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const event = useAtlasStore((s) => (hit.kind === 'event' ? s.atlas?.events.find((e) => e.id === hit.id) : undefined));
  const title = pickText(hit.title, [uiLanguage]) || hit.id;
  const matched = hit.snippet ?? hit.text;
  return (
    <>
      <span className="search__name">
        {event && <span className="search__date">{formatPartialDate(event.date, uiLanguage)}</span>}
        {title}
      </span>
      {(matched !== title || hit.way === 'fuzzy') && (
        <span className="search__match">
          <span className="search__field">{t(`search.field.${hit.field}`)}</span> <span lang={hit.snippet ? uiLanguage : (hit.lang ?? undefined)}>{matched}</span>
          {hit.way === 'fuzzy' && <span className="search__near"> {t('search.nearMatch')}</span>}
        </span>
      )}
    </>
  );
}

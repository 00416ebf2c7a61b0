import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_QUERY_MAX_LENGTH } from '../../../api/contract';
import type { SearchHit } from '../../../api/types';
import { pickText } from '../../../domain/languages';
import { api } from '../../api/atlas-api';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { isComposing } from '../../ui/ime';
import { revealActor } from '../map/map-commands';
import { currentMap } from '../map/map-instance';

const DEBOUNCE_MS = 120;

/** Full-text search over names, short names, aliases and descriptions in every language. */
export function SearchBox() {
  const { t } = useTranslation();
  const listId = useId();
  const actors = useAtlasStore((s) => s.atlas?.actors);
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<readonly SearchHit[] | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const latestQuery = useRef('');

  useEffect(() => {
    latestQuery.current = query;
    if (query.trim() === '') return;
    const timer = setTimeout(() => {
      void api.search({ query, limit: 12 }).then((result) => {
        if (latestQuery.current !== query) return;
        setHits(result.ok ? result.value : []);
        setActive(0);
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    revealActor(currentMap(), hit.actorId);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isComposing(event)) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, (hits?.length ?? 1) - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits?.[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const nameOf = (actorId: string) => {
    const actor = actors?.find((a) => a.id === actorId);
    return actor ? pickText(actor.name, [uiLanguage]) : actorId;
  };
  const showList = open && hits !== null && query.trim() !== '';

  return (
    <div className="search">
      <input
        type="search"
        className="search__input"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits?.[active] ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        maxLength={SEARCH_QUERY_MAX_LENGTH}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul className="search__results" role="listbox" id={listId} aria-label={t('search.results')}>
          {hits.length === 0 && <li className="search__empty">{t('search.noMatches', { query })}</li>}
          {hits.map((hit, index) => (
            <li
              key={hit.actorId}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="search__hit"
              data-actor-id={hit.actorId}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(hit);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span className="search__name">{nameOf(hit.actorId)}</span>
              {hit.text !== nameOf(hit.actorId) && (
                <span className="search__match">
                  <span className="search__field">{t(`search.field.${hit.field}`)}</span> {hit.text}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

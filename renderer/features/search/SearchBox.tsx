import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_QUERY_MAX_LENGTH } from '../../../api/contract';
import type { SearchHit } from '../../../api/types';
import { api } from '../../api/atlas-api';
import { useViewStore } from '../../state/view-store';
import { isComposing } from '../../ui/ime';
import { groupHits } from './search-groups';
import { SearchHitView } from './SearchHitView';
import { openSearchHit } from './open-search-hit';
import { fetchActorDetailsAhead } from '../../state/details-ahead';
import './search.css';

const DEBOUNCE_MS = 120;
/** At most this many results of each kind. */
const PER_KIND = 6;

/**
 * Search over organizations (names, short names, aliases, readings, descriptions), connections,
 * events and sources in every language, forgiving kana, romaji and English typos. Results come
 * grouped by kind, each group under its heading; the list is a combobox popup driven by the keys.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const listId = useId();
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<readonly SearchHit[] | null>(null);
  /** The query the shown results answer; while the user types on, they may answer an earlier one. */
  const [answered, setAnswered] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const latestQuery = useRef('');

  useEffect(() => {
    latestQuery.current = query;
    if (query.trim() === '') return;
    const timer = setTimeout(() => {
      void api.search({ query, limit: PER_KIND, language: uiLanguage }).then((result) => {
        if (latestQuery.current !== query) return;
        setHits(result.ok ? result.value : []);
        setAnswered(query);
        setActive(0);
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, uiLanguage]);

  const groups = groupHits(hits ?? []);
  // Keyboard order follows the groups as shown.
  const ordered = groups.flatMap((g) => g.hits);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    openSearchHit(hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isComposing(event)) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(ordered.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(ordered[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const showList = open && hits !== null && query.trim() !== '';
  const optionId = (index: number) => `${listId}-${index}`;
  useEffect(() => {
    // The active option stays in view as the arrow keys move through a long list.
    if (showList) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [showList, active, listId]);
  const activeActor = showList && ordered[active]?.kind === 'actor' ? ordered[active].id : null;
  useEffect(() => {
    // Enter on it then shows its details at once (details-ahead.ts).
    if (activeActor) fetchActorDetailsAhead(activeActor);
  }, [activeActor]);

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
        aria-activedescendant={showList && ordered[active] ? optionId(active) : undefined}
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
        <div className="search__results" role="listbox" id={listId} aria-label={t('search.results')} data-query={answered}>
          {ordered.length === 0 && <div className="search__empty">{t('search.noMatches', { query })}</div>}
          {groups.map((group) => (
            <div key={group.kind} role="group" aria-labelledby={`${listId}-${group.kind}`} className="search__group" data-kind={group.kind}>
              <div id={`${listId}-${group.kind}`} className="search__group-heading" role="presentation">
                {t(`search.kind.${group.kind}`)}
              </div>
              {group.hits.map((hit) => {
                const at = ordered.indexOf(hit);
                return (
                  <div
                      key={`${hit.kind}:${hit.id}`}
                      id={optionId(at)}
                      role="option"
                      aria-selected={at === active}
                      className="search__hit"
                      data-kind={hit.kind}
                      data-id={hit.id}
                      data-actor-id={hit.kind === 'actor' ? hit.id : undefined}
                      onMouseDown={(event) => {
                        event.preventDefault();
                        choose(hit);
                      }}
                      onMouseEnter={() => setActive(at)}
                    >
                      <SearchHitView hit={hit} />
                    </div>
                );
              })}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

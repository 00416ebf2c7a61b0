import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorSummary, EventSummary, RelationSummary, SourceWithCitations } from '../../../api/types';
import { pickText } from '../../../domain/languages';
import { api } from '../../api/atlas-api';
import { useApiQuery } from '../../api/use-api-query';
import { formatPartialDate } from '../../i18n/format-date';
import { useAtlasStore } from '../../state/atlas-store';
import { usePanelsStore } from '../../state/panels-store';
import { useViewStore, type Selection } from '../../state/view-store';
import { useModalDialog } from '../../ui/use-modal-dialog';
import { SourceSummary } from '../details/SourceSummary';
import { useEditingStore } from '../editing/editing-store';
import { RecordActions } from '../editing/RecordActions';
import { shortName } from '../map/labels/actor-labels';
import { revealActor } from '../map/map-commands';
import { currentMap } from '../map/map-instance';

function matches(entry: SourceWithCitations, filter: string): boolean {
  if (filter === '') return true;
  const haystack = [...Object.values(entry.source.title), entry.source.publisher ?? '', entry.source.url ?? ''].join(' ').normalize('NFKC').toLowerCase();
  return haystack.includes(filter.normalize('NFKC').toLowerCase());
}

/** Every source of the dataset with the records that cite it; a record opens on the map. */
export function SourcesDialog() {
  const { t } = useTranslation();
  const { t: tv } = useTranslation('vocabulary');
  const open = usePanelsStore((s) => s.sourcesDialogOpen);
  const dialog = useModalDialog(open);
  const atlas = useAtlasStore((s) => s.atlas);
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const { closeSourcesDialog } = usePanelsStore.getState();
  const { select } = useViewStore.getState();
  const [filter, setFilter] = useState('');
  // Edits move the revision on, so the list shows a source as it was just saved.
  const revision = useEditingStore((s) => s.revision);
  const { value: sources } = useApiQuery(open ? `sources:${atlas?.dataset.importedAt ?? ''}:${revision}` : 'closed', () =>
    open ? api.listSources({}) : Promise.resolve({ ok: true as const, value: [] }),
  );

  const names = useMemo(() => {
    // Indexed at the first name asked for, not while the dialog is closed: it renders closed too,
    // on every language switch, and a large dataset has thousands of records to index.
    let index: { actors: Map<string, ActorSummary>; relations: Map<string, RelationSummary>; events: Map<string, EventSummary> } | null = null;
    const indexed = () =>
      (index ??= {
        actors: new Map(atlas?.actors.map((a) => [a.id, a]) ?? []),
        relations: new Map(atlas?.relations.map((r) => [r.id, r]) ?? []),
        events: new Map(atlas?.events.map((e) => [e.id, e]) ?? []),
      });
    const actorName = (id: string) => {
      const actor = indexed().actors.get(id);
      return actor ? shortName(actor, uiLanguage) : id;
    };
    return {
      actor: actorName,
      relation: (id: string) => {
        const relation = indexed().relations.get(id);
        return relation ? `${actorName(relation.source)} → ${tv(`linkType.${relation.type}`)} → ${actorName(relation.target)}` : id;
      },
      event: (id: string) => {
        const event = indexed().events.get(id);
        return event ? `${formatPartialDate(event.date, uiLanguage)} ${pickText(event.title, [uiLanguage])}` : id;
      },
    };
  }, [atlas, uiLanguage, tv]);

  const openRecord = (selection: Selection) => {
    closeSourcesDialog();
    if (selection.kind === 'actor') revealActor(currentMap(), selection.id);
    else select(selection);
  };
  const shown = (sources ?? []).filter((entry) => matches(entry, filter.trim()));
  const sourceInView = usePanelsStore((s) => s.sourceInView);
  useEffect(() => {
    // A source chosen in search: open its list of citing records and put focus on it.
    if (!open || !sourceInView || !sources) return;
    const item = dialog.current?.querySelector<HTMLElement>(`[data-source-id="${CSS.escape(sourceInView)}"]`);
    if (!item) return;
    item.querySelector('details')?.setAttribute('open', '');
    item.scrollIntoView({ block: 'center' });
    item.focus();
  }, [open, sourceInView, sources, dialog]);

  return (
    <dialog ref={dialog} className="dialog dialog--wide" aria-labelledby="sources-dialog-title" onClose={closeSourcesDialog}>
      <div className="dialog__header">
        <h2 id="sources-dialog-title">{t('sourcesView.title', { count: sources?.length ?? 0 })}</h2>
        <button type="button" onClick={closeSourcesDialog}>
          {t('dataset.close')}
        </button>
      </div>
      <input
        type="search"
        className="search__input"
        aria-label={t('sourcesView.filter')}
        placeholder={t('sourcesView.filter')}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <ol className="source-list">
        {shown.map(({ source, citedBy }) => (
          <li key={source.id} className="source-list__item" data-source-id={source.id} tabIndex={source.id === sourceInView ? -1 : undefined}>
            <SourceSummary source={source} />
            <RecordActions kind="source" id={source.id} />
            <details>
              <summary>{t('sourcesView.citedBy', { count: citedBy.length })}</summary>
              <ul className="cited-by">
                {citedBy.map((record) => (
                  <li key={`${record.kind}:${record.id}`}>
                    <span className="cited-by__kind">{t(`sourcesView.kind.${record.kind}`)}</span>
                    <button type="button" className="link-button" onClick={() => openRecord({ kind: record.kind, id: record.id })}>
                      {names[record.kind](record.id)}
                    </button>
                    {record.confidence && <span className={`confidence confidence--${record.confidence}`}>{tv(`confidence.${record.confidence}`)}</span>}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
      {shown.length === 0 && sources && <p className="muted">{t('sourcesView.none')}</p>}
    </dialog>
  );
}

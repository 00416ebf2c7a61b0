import { useTranslation } from 'react-i18next';
import { COMPARED_LISTS, type BundleComparison, type RecordChange } from '../../../api/exchange-types';
import type { ChangeLabels } from './change-labels';

function FieldChanges({ change, labels }: { change: RecordChange; labels: ChangeLabels }) {
  return (
    <ul className="change-fields">
      {change.fields.map((field, index) => (
        <li key={index}>
          <span className="change-fields__name">{labels.field(field)}</span>{' '}
          {field.kind === 'value' ? (
            <>
              <del>{labels.value(change.list, field, field.before)}</del> → <ins>{labels.value(change.list, field, field.after)}</ins>
            </>
          ) : (
            <>
              {field.added.length > 0 && <ins>{labels.items('added', change.list, field)}</ins>}{' '}
              {field.removed.length > 0 && <del>{labels.items('removed', change.list, field)}</del>}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Records added, removed and changed, grouped by kind of record, each changed field with its before and after. */
export function ChangeList({ comparison, labels }: { comparison: BundleComparison; labels: ChangeLabels }) {
  const { t } = useTranslation();
  if (comparison.changes.length === 0) return <p className="muted">{t('exchange.changes.none')}</p>;
  return (
    <div className="change-list" data-testid="change-list">
      {COMPARED_LISTS.filter((list) => comparison.changes.some((c) => c.list === list)).map((list) => (
        <section key={list} aria-label={labels.list(list)}>
          <h4>
            {labels.list(list)} <span className="muted">{t('exchange.changes.summary', { ...comparison.counts[list] })}</span>
          </h4>
          <ul className="change-records">
            {comparison.changes
              .filter((change) => change.list === list)
              .map((change) => (
                <li key={`${change.change}:${change.id}`} data-change={change.change} data-record-id={change.id}>
                  <span className={`change-badge change-badge--${change.change}`}>{labels.change(change.change)}</span>{' '}
                  <strong>{labels.record(change)}</strong> <code>{change.id}</code>
                  {change.fields.length > 0 && <FieldChanges change={change} labels={labels} />}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyRowButton } from './CopyRowButton';
import { sortRows, type SortDirection, type TableRow } from './table-rows';

/**
 * A real table for screen readers: a caption, column headers with scope and aria-sort (the
 * sort is a button in the header), the first cell of each row a row header holding the button
 * that opens the record. Every row can be copied as tab-separated text.
 */
export function DataTable(props: {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
  /** The column a new table is sorted by. */
  readonly initialSort?: number;
  onOpen(row: TableRow): void;
  onShowOnMap(row: TableRow): void;
}) {
  const { t, i18n } = useTranslation();
  const { caption, columns, rows, onOpen, onShowOnMap } = props;
  const [sort, setSort] = useState<{ column: number; direction: SortDirection }>({ column: props.initialSort ?? 0, direction: 'ascending' });
  const sorted = sortRows(rows, sort.column, sort.direction, i18n.language);
  const sortBy = (column: number) =>
    setSort((current) => ({ column, direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending' }));

  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={column} scope="col" aria-sort={sort.column === index ? sort.direction : undefined}>
              <button type="button" className="data-table__sort" onClick={() => sortBy(index)}>
                {column}
                <span aria-hidden="true" className="data-table__arrow">
                  {sort.column === index ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                </span>
              </button>
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">{t('table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => {
          const [first, ...rest] = row.cells;
          const name = first?.text || row.id;
          // Cells in a data language are the dataset's own texts (names, titles): marked as data,
          // since a name's Japanese form may be written in Latin letters ("Telecom-ISAC Japan").
          const data = (lang: string | undefined) => (lang ? { lang, 'data-data-text': '' } : {});
          return (
            <tr key={row.id} data-row-id={row.id}>
              <th scope="row" {...data(first?.lang)}>
                <button type="button" className="link-button" onClick={() => onOpen(row)}>
                  {name}
                </button>
              </th>
              {rest.map((cell, index) => (
                <td key={index} className={cell.isDate ? 'data-table__date' : undefined} {...data(cell.lang)}>
                  {cell.text}
                </td>
              ))}
              <td className="data-table__actions">
                <button type="button" className="small-button" aria-label={t('table.showOnMapOf', { name })} onClick={() => onShowOnMap(row)}>
                  {t('table.showOnMap')}
                </button>
                <CopyRowButton row={row} name={name} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

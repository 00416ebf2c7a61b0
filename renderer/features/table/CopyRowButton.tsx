import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rowAsTsv, type TableRow } from './table-rows';

/** How long "Copied" shows before the button reads "Copy row" again. */
const CONFIRM_MS = 1500;

/** Copies one row as tab-separated text, which pastes into a spreadsheet as cells. */
export function CopyRowButton({ row, name }: { readonly row: TableRow; readonly name: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(rowAsTsv(row.cells));
    setCopied(true);
    setTimeout(() => setCopied(false), CONFIRM_MS);
  };
  return (
    <button type="button" className="small-button" aria-label={copied ? undefined : t('table.copyRowOf', { name })} onClick={() => void copy()}>
      {copied ? t('table.copied') : t('table.copyRow')}
    </button>
  );
}

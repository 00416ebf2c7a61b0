import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { DataDialog } from './DataDialog';
import './exchange.css';

/** The top bar's "Data…" button; the dialog lives under <body>, outside the bar's styles. */
export function DataButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('exchange.open')}
      </button>
      {createPortal(<DataDialog open={open} onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}

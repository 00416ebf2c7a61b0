import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies a source's address; the app itself never opens it. */
export function CopyButton({ text }: { readonly text: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <button type="button" className="small-button" onClick={() => void copy()}>
      {copied ? t('sources.copied') : t('sources.copy')}
    </button>
  );
}

import { useTranslation } from 'react-i18next';
import { useCompareStore } from './compare-store';

/** Opens and closes the comparison view beside the map. */
export function CompareButton() {
  const { t } = useTranslation('compare');
  const open = useCompareStore((s) => s.open);
  const setOpen = useCompareStore((s) => s.setOpen);
  return (
    <button type="button" aria-pressed={open} title={t('openHint')} onClick={() => setOpen(!open)} data-testid="compare-button">
      {t('open')}
    </button>
  );
}

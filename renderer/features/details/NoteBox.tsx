import { useTranslation } from 'react-i18next';
import { pickText, type LocalizedText } from '../../../domain/languages';
import { useViewStore } from '../../state/view-store';

/** A caveat on a record, e.g. the correction of a statement in a source document. */
export function NoteBox({ note }: { readonly note: LocalizedText | null }) {
  const { t } = useTranslation();
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  if (!note) return null;
  return (
    <div className="note" role="note">
      <strong>{t('details.note')}</strong> {pickText(note, [uiLanguage])}
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteKind, UserNote } from '../../../api/types';
import { UI_LANGUAGES } from '../../../domain/languages';
import { api } from '../../api/atlas-api';
import { useApiQuery } from '../../api/use-api-query';
import './my-note.css';

type Drafts = Record<(typeof UI_LANGUAGES)[number], string>;

/**
 * The user's own note on a record, in English, Japanese or both. It is kept apart from the
 * dataset (an import never touches it). Textareas only: Enter makes a new line, so confirming
 * a Japanese conversion never saves half a note.
 */
export function MyNote({ kind, recordId }: { readonly kind: NoteKind; readonly recordId: string }) {
  const { t } = useTranslation();
  const key = `${kind}:${recordId}`;
  const { value: loaded, error } = useApiQuery(key, () => api.getNote({ kind, recordId }));
  // A note saved here wins over the one loaded for the same record.
  const [saved, setSaved] = useState<{ key: string; note: UserNote | null } | null>(null);
  const [drafts, setDrafts] = useState<Drafts | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const note = saved?.key === key ? saved.note : loaded;
  const editing = drafts !== null;

  const startEditing = () => setDrafts({ en: note?.text['en'] ?? '', ja: note?.text['ja'] ?? '' });
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!drafts) return;
    const result = await api.saveNote({ kind, recordId, text: drafts });
    if (!result.ok) {
      setSaveError(result.error.message);
      return;
    }
    setSaved({ key, note: result.value });
    setDrafts(null);
    setSaveError(null);
  };

  return (
    <section className="my-note" aria-labelledby={`my-note-${key}`} data-testid="my-note">
      <h3 id={`my-note-${key}`}>{t('notes.heading')}</h3>
      {error && <p className="error">{error.message}</p>}
      {!editing && note && (
        <div className="my-note__text">
          {UI_LANGUAGES.filter((lang) => note.text[lang]).map((lang) => (
            <p key={lang} lang={lang}>
              {note.text[lang]}
            </p>
          ))}
        </div>
      )}
      {!editing && (
        <button type="button" className="small-button" onClick={startEditing}>
          {note ? t('notes.edit') : t('notes.add')}
        </button>
      )}
      {editing && (
        <form className="my-note__form" onSubmit={(event) => void save(event)}>
          {UI_LANGUAGES.map((lang) => (
            <label key={lang}>
              {t(`notes.field.${lang}`)}
              <textarea lang={lang} rows={3} maxLength={5000} value={drafts[lang]} onChange={(event) => setDrafts({ ...drafts, [lang]: event.target.value })} />
            </label>
          ))}
          {saveError && (
            <p className="error" role="alert">
              {saveError}
            </p>
          )}
          <div className="dialog__actions">
            <button type="submit" className="primary-button">
              {t('notes.save')}
            </button>
            <button type="button" onClick={() => setDrafts(null)}>
              {t('notes.cancel')}
            </button>
          </div>
          <p className="muted">{t('notes.keptApart')}</p>
        </form>
      )}
    </section>
  );
}

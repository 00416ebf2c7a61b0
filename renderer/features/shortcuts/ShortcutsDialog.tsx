import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../ui/use-modal-dialog';
import { SHORTCUT_GROUPS, TRANSLATED_KEYS } from './shortcut-list';
import './shortcuts.css';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The keyboard help: "?" anywhere outside a text field (or the top bar's ? button) opens a
 * dialog listing every key of the app in the UI language. Escape closes it.
 */
export function ShortcutsDialog() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const dialog = useModalDialog(open);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const keyName = (key: string) => {
    const word = TRANSLATED_KEYS[key];
    return word ? t(`shortcuts.key.${word}` as 'shortcuts.key.space') : key;
  };

  return (
    <>
      <button type="button" className="shortcuts-button" aria-haspopup="dialog" aria-label={t('shortcuts.open')} title={t('shortcuts.open')} onClick={() => setOpen(true)}>
        ?
      </button>
      <dialog ref={dialog} className="dialog dialog--wide shortcuts" aria-labelledby="shortcuts-dialog-title" onClose={() => setOpen(false)}>
        <h2 id="shortcuts-dialog-title">{t('shortcuts.title')}</h2>
        <div className="shortcuts__groups">
          {SHORTCUT_GROUPS.map((group) => (
            <section key={group.group} className="shortcuts__group">
              <h3>{t(`shortcuts.group.${group.group}` as 'shortcuts.group.anywhere')}</h3>
              <table>
                <thead className="visually-hidden">
                  <tr>
                    <th scope="col">{t('shortcuts.keys')}</th>
                    <th scope="col">{t('shortcuts.action.label')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.shortcuts.map((shortcut) => (
                    <tr key={shortcut.action}>
                      <td className="shortcuts__keys">
                        {shortcut.keys.map((combo, i) => (
                          <span key={i}>
                            {i > 0 && <span className="shortcuts__or"> / </span>}
                            {combo.map((key, j) => (
                              <kbd key={j}>{keyName(key)}</kbd>
                            ))}
                          </span>
                        ))}
                      </td>
                      <td>{t(`shortcuts.action.${shortcut.action}` as 'shortcuts.action.help')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
        <div className="dialog__actions">
          <button type="button" onClick={() => setOpen(false)}>
            {t('shortcuts.close')}
          </button>
        </div>
      </dialog>
    </>
  );
}

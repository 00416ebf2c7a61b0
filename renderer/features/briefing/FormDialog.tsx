import { type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../ui/use-modal-dialog';

/** A modal form: Save submits, Cancel and Escape close without changing anything. */
export function FormDialog(props: {
  readonly title: string;
  readonly onSubmit: () => void;
  readonly onClose: () => void;
  readonly canSubmit: boolean;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const dialog = useModalDialog(true);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.canSubmit) props.onSubmit();
  };
  return (
    <dialog ref={dialog} className="dialog" aria-label={props.title} onClose={props.onClose}>
      <form onSubmit={submit}>
        <h2>{props.title}</h2>
        {props.children}
        <div className="dialog__actions">
          <button type="submit" className="primary-button" disabled={!props.canSubmit}>
            {t('briefing.save')}
          </button>
          <button type="button" onClick={props.onClose}>
            {t('briefing.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

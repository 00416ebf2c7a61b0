import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from './FormDialog';
import { BilingualField, toTyped, type BilingualValue } from './TextFields';

export function BriefingTitleDialog(props: {
  readonly heading: string;
  /** The field's label; a briefing's title unless said otherwise (a dataset's name reuses this dialog). */
  readonly label?: string;
  readonly initial: BilingualValue;
  readonly onSave: (title: { en?: string; ja?: string }) => void;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(props.initial);
  return (
    <FormDialog
      title={props.heading}
      canSubmit={Boolean(title.en.trim() || title.ja.trim())}
      onSubmit={() => {
        props.onSave(toTyped(title));
        props.onClose();
      }}
      onClose={props.onClose}
    >
      <BilingualField label={props.label ?? t('briefing.title')} value={title} onChange={setTitle} maxLength={200} />
    </FormDialog>
  );
}

import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isComposing } from '../../ui/ime';

export interface BilingualValue {
  readonly en: string;
  readonly ja: string;
}

/** Enter submits a form, except when it confirms a Japanese input-method conversion. */
export function guardImeEnter(event: KeyboardEvent): void {
  if (event.key === 'Enter' && isComposing(event)) event.preventDefault();
}

/** An English and a Japanese field for the same text, each labelled in the UI language. */
export function BilingualField(props: {
  readonly label: string;
  readonly value: BilingualValue;
  readonly onChange: (value: BilingualValue) => void;
  readonly multiline?: boolean;
  readonly maxLength: number;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="bilingual-field">
      <legend>{props.label}</legend>
      {(['en', 'ja'] as const).map((lang) => {
        const common = {
          lang,
          'aria-label': `${props.label} (${t(`languageName.${lang}`)})`,
          maxLength: props.maxLength,
          value: props.value[lang],
          onKeyDown: guardImeEnter,
          onChange: (event: { target: { value: string } }) => props.onChange({ ...props.value, [lang]: event.target.value }),
        };
        return (
          <label key={lang}>
            <span className="lang-tag">{t(`languageName.${lang}`)}</span>
            {props.multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
          </label>
        );
      })}
    </fieldset>
  );
}

export function toTyped(value: BilingualValue): { en?: string; ja?: string } {
  return { ...(value.en.trim() ? { en: value.en.trim() } : {}), ...(value.ja.trim() ? { ja: value.ja.trim() } : {}) };
}

export function fromLocalized(text: Readonly<Record<string, string>> | undefined): BilingualValue {
  return { en: text?.['en'] ?? '', ja: text?.['ja'] ?? '' };
}

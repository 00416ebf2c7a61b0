import { useTranslation } from 'react-i18next';
import type { PresentationLanguage } from '../briefing/briefing-store';

/** Switches the language in front of the audience without leaving the presentation. */
export function PresentationLanguageSwitch({ language, onChange }: { readonly language: PresentationLanguage; readonly onChange: (language: PresentationLanguage) => void }) {
  const { t } = useTranslation();
  const choices: { value: PresentationLanguage; label: string }[] = [
    { value: 'en', label: 'English' },
    { value: 'ja', label: '日本語' },
    { value: 'both', label: 'EN + 日本語' },
  ];
  return (
    <div className="segmented" role="radiogroup" aria-label={t('language.label')}>
      {choices.map((choice) => (
        <button key={choice.value} type="button" role="radio" aria-checked={language === choice.value} onClick={() => onChange(choice.value)}>
          {choice.label}
        </button>
      ))}
    </div>
  );
}

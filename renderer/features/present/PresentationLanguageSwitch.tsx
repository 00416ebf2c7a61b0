import type { LabelLanguage } from '../../../domain/languages';
import { useTranslation } from 'react-i18next';

/** Switches the language in front of the audience without leaving the presentation. */
export function PresentationLanguageSwitch({ language, onChange }: { readonly language: LabelLanguage; readonly onChange: (language: LabelLanguage) => void }) {
  const { t } = useTranslation();
  // Each choice is named in its own language and says so (lang), as in the main window's switch.
  const choices: { value: LabelLanguage; label: string; lang?: string }[] = [
    { value: 'en', label: 'English', lang: 'en' },
    { value: 'ja', label: '日本語', lang: 'ja' },
    { value: 'both', label: 'EN + 日本語' },
  ];
  return (
    <div className="segmented" role="radiogroup" aria-label={t('language.label')}>
      {choices.map((choice) => (
        <button key={choice.value} type="button" role="radio" lang={choice.lang} aria-checked={language === choice.value} onClick={() => onChange(choice.value)}>
          {choice.label}
        </button>
      ))}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../state/view-store';

type Choice = 'en' | 'ja' | 'both';

/**
 * English, 日本語, or bilingual map labels (keeping the current UI language). The labels of
 * the choices are each in their own language, so anyone can find theirs.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useViewStore((s) => s.labelLanguage);
  const { setUiLanguage, setLabelLanguage } = useViewStore.getState();
  const choices: { value: Choice; label: string; lang?: string }[] = [
    { value: 'en', label: 'English', lang: 'en' },
    { value: 'ja', label: '日本語', lang: 'ja' },
    { value: 'both', label: 'EN + 日本語' },
  ];
  const choose = (value: Choice) => void (value === 'both' ? setLabelLanguage('both') : setUiLanguage(value));
  return (
    <div className="segmented" role="radiogroup" aria-label={t('language.label')}>
      {choices.map((choice) => (
        <button
          key={choice.value}
          type="button"
          role="radio"
          lang={choice.lang}
          aria-checked={current === choice.value}
          title={choice.value === 'both' ? t('language.bilingualHint') : undefined}
          onClick={() => choose(choice.value)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { UserMessage } from '../../api/messages';

/**
 * Says what the main process reported as message keys in the UI language, sentence after
 * sentence; the English `fallback` when it sent plain text (an unexpected error).
 */
export function useUserMessages(): (texts: readonly UserMessage[] | undefined, fallback: string) => string {
  const { t, i18n } = useTranslation();
  const separator = i18n.language === 'ja' ? '' : ' ';
  return (texts, fallback) => (texts && texts.length > 0 ? texts.map(({ key, params }) => t(`messages.${key}`, { ...params })).join(separator) : fallback);
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { changeLabels, type ChangeLabels } from './change-labels';

/** The change labels of the current UI language and dataset. */
export function useChangeLabels(): ChangeLabels {
  const { t } = useTranslation();
  const { t: tf } = useTranslation('fields');
  const { t: tv } = useTranslation('vocabulary');
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const actors = useAtlasStore((s) => s.atlas?.actors);
  return useMemo(() => changeLabels({ t, tf, tv, uiLanguage, actors: actors ?? [] }), [t, tf, tv, uiLanguage, actors]);
}

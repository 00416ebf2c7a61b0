import { useTranslation } from 'react-i18next';
import type { CitationView } from '../../../api/types';
import { api } from '../../api/atlas-api';
import { useApiQuery } from '../../api/use-api-query';
import type { MapLink } from '../../../domain/map-links';
import { inLabelLanguage } from './names';
import { useViewStore } from '../../state/view-store';

/**
 * The source behind one hop: the relation record's first citation, or for a reporting line
 * ("part of") the unit's own first citation, which is where the data states its parent.
 */
export function HopSource({ link }: { readonly link: MapLink }) {
  const { t } = useTranslation('compare');
  const language = useViewStore((s) => s.labelLanguage);
  const relationId = link.relationId;
  const { value } = useApiQuery<readonly CitationView[]>(relationId ? `relation:${relationId}` : `actor:${link.source}`, async () => {
    const result = relationId ? await api.getRelationDetails({ relationId }) : await api.getActorDetails({ actorId: link.source });
    return result.ok ? { ok: true, value: result.value.citations } : result;
  });
  if (!value) return <span className="muted hop-source">{t('paths.sourceLoading')}</span>;
  const first = value[0];
  if (!first) return null;
  const { source } = first;
  return (
    <span className="muted hop-source" data-source-id={source.id}>
      {t('paths.source', { title: `${inLabelLanguage(source.title, language)}${source.publisher ? ` — ${source.publisher}` : ''}` })}
    </span>
  );
}

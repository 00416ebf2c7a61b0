import { useTranslation } from 'react-i18next';
import type { ActorRoleDetails } from '../../../api/types';
import { CitationItems } from './CitationList';
import './function-list.css';

/**
 * The "Functions" section of an actor's details: what the organization does, the lead body of
 * its country marked in words, and the sources behind each function.
 */
export function FunctionList({ roles }: { readonly roles: readonly ActorRoleDetails[] }) {
  const { t } = useTranslation();
  const { t: tv } = useTranslation('vocabulary');
  if (roles.length === 0) return null;
  return (
    <section data-testid="actor-functions">
      <h3>{t('details.functions')}</h3>
      <ul className="function-list">
        {roles.map((role) => (
          <li key={role.function} data-function={role.function}>
            <p className="function-list__name">
              <span title={tv(`functionExplanation.${role.function}`)}>{tv(`function.${role.function}`)}</span>
              {role.lead && (
                <span className="lead-marker" title={t('details.leadHint')}>
                  {tv('lead')}
                </span>
              )}
            </p>
            <CitationItems citations={role.citations} />
          </li>
        ))}
      </ul>
    </section>
  );
}

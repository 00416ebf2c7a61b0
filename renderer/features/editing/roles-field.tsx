import { useTranslation } from 'react-i18next';
import { ACTOR_FUNCTIONS } from '../../../domain/vocabulary';
import { CitationsInput, FieldProblems, type Citation, type FieldProps } from './form-fields';

/**
 * An organization's roles: the functions it performs (the rows of the comparison view), each
 * with whether it leads that function in its country and the sources that say so. Edited as
 * the bundle holds them; the main process validates them like every field (a function listed
 * twice, a role without a source, an unknown source are refused, naming roles[n]).
 */

export interface RoleDraft {
  readonly function: string;
  readonly lead?: boolean;
  readonly sources: readonly Citation[];
}

export function RolesInput(
  props: FieldProps & {
    readonly value: readonly RoleDraft[];
    readonly onChange: (value: RoleDraft[]) => void;
    readonly sources: readonly { value: string; label: string }[];
  },
) {
  const { t } = useTranslation();
  const { t: tv } = useTranslation('vocabulary');
  const roles = [...props.value];
  const change = (index: number, next: Partial<RoleDraft>) => props.onChange(roles.map((role, i) => (i === index ? withLead({ ...role, ...next }) : role)));
  const unused = ACTOR_FUNCTIONS.find((fn) => !roles.some((role) => role.function === fn));
  return (
    <fieldset className="record-form__roles" data-field={props.field}>
      <legend>{props.label}</legend>
      {roles.map((role, index) => {
        const name = ACTOR_FUNCTIONS.includes(role.function as (typeof ACTOR_FUNCTIONS)[number]) ? tv(`function.${role.function}` as 'function.diplomacy') : role.function;
        return (
          <div key={index} className="record-form__role" role="group" aria-label={t('editing.roleNumbered', { number: index + 1, name })}>
            <label>
              <span>{t('editing.roleFunction', { number: index + 1 })}</span>
              <select value={role.function} onChange={(event) => change(index, { function: event.target.value })}>
                {ACTOR_FUNCTIONS.map((fn) => (
                  <option key={fn} value={fn}>
                    {tv(`function.${fn}` as 'function.diplomacy')}
                  </option>
                ))}
              </select>
            </label>
            <label className="record-form__role-lead">
              <input type="checkbox" checked={role.lead === true} onChange={(event) => change(index, { lead: event.target.checked })} /> {t('editing.roleLead')}
            </label>
            <CitationsInput
              field={`roles[${index}].sources`}
              label={t('editing.roleSources', { name })}
              problems={[]}
              value={role.sources}
              onChange={(sources) => change(index, { sources })}
              sources={props.sources}
              labelPrefix={name}
            />
            <button type="button" className="small-button" onClick={() => props.onChange(roles.filter((_, i) => i !== index))}>
              {t('editing.removeRole', { name })}
            </button>
          </div>
        );
      })}
      {unused && (
        <button type="button" className="small-button" onClick={() => props.onChange([...roles, { function: unused, sources: [] }])}>
          {t('editing.addRole')}
        </button>
      )}
      <FieldProblems problems={props.problems} />
    </fieldset>
  );
}

/** A bundle writes `lead` only when true. */
function withLead(role: RoleDraft): RoleDraft {
  const { lead, ...rest } = role;
  return lead ? { ...rest, lead: true } : rest;
}

import type { TFunction } from 'i18next';
import type { ComparedList, FieldChange, RecordChange } from '../../../api/exchange-types';
import type { ActorSummary } from '../../../api/types';
import { pickText, type UiLanguage } from '../../../domain/languages';

/**
 * How a comparison reads in the UI language: list and field names from locales/{en,ja}/fields.json,
 * codes as their vocabulary labels, organization ids with their names. The change list and
 * the changelog files share it, so both say the same thing. Pure: the hook is in use-change-labels.ts.
 */
export interface ChangeLabels {
  list(list: ComparedList): string;
  change(change: RecordChange['change']): string;
  record(change: RecordChange): string;
  field(change: FieldChange): string;
  value(list: ComparedList, change: FieldChange, value: string | null): string;
  items(kind: 'added' | 'removed', list: ComparedList, change: FieldChange & { kind: 'items' }): string;
}

/** A comparison names fields and codes found in files, which need not be in the locale files: those show as written. */
type Lookup = (key: string, options: { defaultValue: string }) => string;

const ACTOR_FIELDS = new Set(['parent', 'succeededBy', 'source', 'target', 'actors']);

function vocabularyGroup(list: ComparedList, field: string): string | null {
  if (field === 'type') return list === 'actors' ? 'actorType' : list === 'relations' ? 'linkType' : null;
  if (field === 'category') return 'eventCategory';
  if (field === 'sources') return 'confidence';
  return null;
}

export interface ChangeLabelSources {
  readonly t: TFunction<'app'>;
  readonly tf: TFunction<'fields'>;
  readonly tv: TFunction<'vocabulary'>;
  readonly uiLanguage: UiLanguage;
  readonly actors: readonly ActorSummary[];
}

export function changeLabels({ t, tf, tv, uiLanguage, actors }: ChangeLabelSources): ChangeLabels {
  const fieldText = tf as unknown as Lookup;
  const vocabularyText = tv as unknown as Lookup;
  // Built at the first name asked for: the labels are made again on every language switch, for
  // sections that show no change most of the time, and a large dataset has thousands of names.
  let names: Map<string, string> | null = null;
  const nameOf = (id: string) => (names ??= new Map(actors.map((a) => [a.id, pickText(a.name, [uiLanguage])]))).get(id);
  const shown = (list: ComparedList, field: string, value: string): string => {
    const group = vocabularyGroup(list, field);
    if (group) return vocabularyText(`${group}.${value}`, { defaultValue: value });
    const name = ACTOR_FIELDS.has(field) ? nameOf(value) : undefined;
    return name ? `${name} (${value})` : value;
  };
  return {
    list: (list) => tf(`list.${list}`),
    change: (change) => t(`exchange.changes.${change}`),
    record: (change) => pickText(change.label, [uiLanguage]) || change.id,
    field: (change) => {
      const field = fieldText(`field.${change.field}`, { defaultValue: change.field });
      if (change.kind === 'value' && change.lang) {
        return tf('column.localized', { field, language: fieldText(`language.${change.lang}`, { defaultValue: change.lang }) });
      }
      return change.kind === 'value' && change.item ? `${field}: ${change.item}` : field;
    },
    value: (list, change, value) => (value === null ? t('exchange.changes.emptyValue') : shown(list, change.field, value)),
    items: (kind, list, change) =>
      t(kind === 'added' ? 'exchange.changes.itemsAdded' : 'exchange.changes.itemsRemoved', {
        items: change[kind].map((item) => (change.field === 'sources' ? item : shown(list, change.field, item))).join(', '),
      }),
  };
}

import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditableKind } from '../../../api/editing-types';
import { pickText } from '../../../domain/languages';
import { ACTOR_TYPES, EVENT_CATEGORIES, RELATION_TYPES } from '../../../domain/vocabulary';
import { api } from '../../api/atlas-api';
import { useAtlasStore } from '../../state/atlas-store';
import { useViewStore } from '../../state/view-store';
import { FormDialog } from '../briefing/FormDialog';
import { BilingualField, fromLocalized, type BilingualValue } from '../briefing/TextFields';
import { useEditingStore } from './editing-store';
import { CitationsInput, FieldProblems, LinesInput, MultiSelectInput, SelectInput, TextInput, type Citation } from './form-fields';
import { problemsOf, recordToSend, type Draft } from './record-draft';
import { RolesInput, type RoleDraft } from './roles-field';

const TITLE_KEYS = {
  create: { actor: 'editing.newActor', relation: 'editing.newRelation', event: 'editing.newEvent', source: 'editing.newSource' },
  update: { actor: 'editing.editActor', relation: 'editing.editRelation', event: 'editing.editEvent', source: 'editing.editSource' },
} as const;

/** Adds or changes an organization, relation, event or source; nothing is saved until the main process finds it valid. */
export function RecordFormDialog() {
  const form = useEditingStore((s) => s.form);
  if (!form) return null;
  return <RecordFormBody key={`${form.kind}:${form.id ?? 'new'}`} />;
}

function RecordFormBody() {
  const { t } = useTranslation();
  const { t: tf } = useTranslation('fields');
  const { t: tv } = useTranslation('vocabulary');
  const form = useEditingStore((s) => s.form)!;
  const formError = useEditingStore((s) => s.formError);
  const saving = useEditingStore((s) => s.saving);
  const { save, closeForm } = useEditingStore.getState();
  const atlas = useAtlasStore((s) => s.atlas);
  const uiLanguage = useViewStore((s) => s.uiLanguage);
  const [draft, setDraft] = useState<Draft>(() => ({ ...form.record }));
  const [sources, setSources] = useState<{ value: string; label: string }[]>([]);

  useEffect(() => {
    let current = true;
    void api.listSources({}).then((result) => {
      if (current && result.ok) setSources(result.value.map(({ source }) => ({ value: source.id, label: pickText(source.title, [uiLanguage]) || source.id })));
    });
    return () => {
      current = false;
    };
  }, [uiLanguage]);

  const actorOptions = useMemo(
    () =>
      (atlas?.actors ?? [])
        .map((a) => ({ value: a.id, label: pickText(a.short ?? a.name, [uiLanguage]) === pickText(a.name, [uiLanguage]) ? pickText(a.name, [uiLanguage]) : `${pickText(a.name, [uiLanguage])} (${pickText(a.short, [uiLanguage])})` }))
        .sort((a, b) => a.label.localeCompare(b.label, uiLanguage)),
    [atlas, uiLanguage],
  );
  const noneOption = { value: '', label: t('editing.none') };
  const problems = formError?.problems;
  const fieldProblems = (field: string) => problemsOf(problems, field);
  const text = (field: string) => (typeof draft[field] === 'string' ? (draft[field] as string) : '');
  const set = (field: string, value: unknown) => setDraft((d) => ({ ...d, [field]: value }));
  const label = (field: string) => tf(`field.${field}` as 'field.name');

  const textField = (field: string, options: { placeholder?: string; lang?: string; disabled?: boolean } = {}) => (
    <TextInput key={field} field={field} label={label(field)} problems={fieldProblems(field)} value={text(field)} onChange={(v) => set(field, v)} {...options} />
  );
  const bilingual = (field: string, multiline = false) => (
    <div key={field} data-field={field} className="record-form__bilingual">
      <BilingualField
        label={label(field)}
        multiline={multiline}
        maxLength={multiline ? 5000 : 300}
        value={fromLocalized(draft[field] as Record<string, string> | undefined)}
        onChange={(value: BilingualValue) => set(field, { ...((draft[field] as Record<string, string> | undefined) ?? {}), en: value.en, ja: value.ja })}
      />
      <FieldProblems problems={fieldProblems(field)} />
    </div>
  );
  const select = (field: string, options: readonly { value: string; label: string }[]) => (
    <SelectInput key={field} field={field} label={label(field)} problems={fieldProblems(field)} value={text(field)} onChange={(v) => set(field, v)} options={options} />
  );
  const citations = (
    <CitationsInput
      key="sources"
      field="sources"
      label={label('sources')}
      problems={fieldProblems('sources')}
      value={(draft['sources'] as Citation[] | undefined) ?? []}
      onChange={(v) => set('sources', v)}
      sources={sources}
    />
  );
  const idField = textField('id', { disabled: form.mode === 'update', placeholder: form.mode === 'create' ? t('editing.idFromName') : undefined });
  const dateHint = t('editing.dateHint');

  const fields = (kind: EditableKind) => {
    if (kind === 'actor') {
      return [
        idField,
        select('type', ACTOR_TYPES.map((type) => ({ value: type, label: tv(`actorType.${type}`) }))),
        <SelectInput
          key="country"
          field="country"
          label={label('country')}
          problems={fieldProblems('country')}
          value={text('country')}
          onChange={(v) => set('country', v === '' ? null : v)}
          options={[{ value: '', label: tv('framework') }, ...(atlas?.countries ?? []).map((c) => ({ value: c.code, label: pickText(c.name, [uiLanguage]) }))]}
        />,
        bilingual('name'),
        bilingual('short'),
        textField('reading', { lang: 'ja' }),
        bilingual('description', true),
        <LinesInput key="aliases" field="aliases" label={label('aliases')} problems={fieldProblems('aliases')} value={(draft['aliases'] as string[] | undefined) ?? []} onChange={(v) => set('aliases', v)} />,
        select('parent', [noneOption, ...actorOptions.filter((o) => o.value !== form.id)]),
        textField('from', { placeholder: dateHint }),
        textField('to', { placeholder: dateHint }),
        select('succeededBy', [noneOption, ...actorOptions.filter((o) => o.value !== form.id)]),
        <RolesInput
          key="roles"
          field="roles"
          label={label('roles')}
          problems={fieldProblems('roles')}
          value={(draft['roles'] as RoleDraft[] | undefined) ?? []}
          onChange={(v) => set('roles', v)}
          sources={sources}
        />,
        bilingual('note', true),
        citations,
      ];
    }
    if (kind === 'relation') {
      return [
        idField,
        select('type', RELATION_TYPES.map((type) => ({ value: type, label: tv(`linkType.${type}`) }))),
        select('source', actorOptions),
        select('target', actorOptions),
        textField('from', { placeholder: dateHint }),
        textField('to', { placeholder: dateHint }),
        bilingual('description', true),
        bilingual('note', true),
        citations,
      ];
    }
    if (kind === 'event') {
      return [
        idField,
        textField('date', { placeholder: dateHint }),
        textField('endDate', { placeholder: dateHint }),
        select('category', EVENT_CATEGORIES.map((category) => ({ value: category, label: tv(`eventCategory.${category}`) }))),
        bilingual('title'),
        bilingual('summary', true),
        <MultiSelectInput key="actors" field="actors" label={label('actors')} problems={fieldProblems('actors')} value={(draft['actors'] as string[] | undefined) ?? []} onChange={(v) => set('actors', v)} options={actorOptions} />,
        bilingual('note', true),
        citations,
      ];
    }
    return [idField, bilingual('title'), textField('publisher'), textField('date', { placeholder: dateHint }), textField('url', { placeholder: 'https://…' })];
  };

  return (
    <FormDialog title={t(TITLE_KEYS[form.mode][form.kind])} canSubmit={!saving} onClose={closeForm} onSubmit={() => void save(recordToSend(form.kind, draft, form.mode))}>
      <div className="record-form" data-testid="record-form" data-kind={form.kind}>
        {/* Every finding is listed here, those about another record (a cycle of parents, say) too; each field also shows its own. */}
        {formError && (
          <div className="record-form__refused" role="alert">
            <p>
              <strong>{t('editing.notSaved')}</strong>
            </p>
            <ul>
              {(problems ?? [formError.message]).map((problem) => (
                <li key={problem}>
                  {fieldOf(problem) ? `${label(fieldOf(problem)!)} — ` : ''}
                  {problem}
                </li>
              ))}
            </ul>
          </div>
        )}
        {fields(form.kind)}
      </div>
    </FormDialog>
  );
}

const FORM_FIELDS = new Set(['id', 'type', 'country', 'name', 'short', 'reading', 'description', 'aliases', 'parent', 'from', 'to', 'succeededBy', 'note', 'sources', 'source', 'target', 'date', 'endDate', 'category', 'title', 'summary', 'actors', 'publisher', 'url', 'roles', 'unofficialName']);

/** The form field a finding is about, when it names one of this record's fields. */
function fieldOf(problem: string): string | null {
  const field = /^([a-zA-Z]+)(?:[.[:])/.exec(problem)?.[1];
  return field && FORM_FIELDS.has(field) ? field : null;
}

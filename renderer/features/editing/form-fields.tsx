import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFIDENCE_LEVELS } from '../../../domain/vocabulary';
import { guardImeEnter } from '../briefing/TextFields';

/**
 * The inputs of the record form. Each carries the bundle field it edits in data-field, and
 * shows the validation findings about that field under it, so a refused save points at the
 * very input to fix. Every text input ignores Enter while an input method is composing.
 */

export interface FieldProps {
  readonly field: string;
  readonly label: string;
  readonly problems: readonly string[];
}

export function FieldProblems({ problems }: { readonly problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="field-problems">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}

function Labelled(props: FieldProps & { readonly children: ReactNode }) {
  return (
    <label className="record-form__field" data-field={props.field}>
      <span>{props.label}</span>
      {props.children}
      <FieldProblems problems={props.problems} />
    </label>
  );
}

export function TextInput(props: FieldProps & { readonly value: string; readonly onChange: (value: string) => void; readonly placeholder?: string; readonly lang?: string; readonly disabled?: boolean }) {
  return (
    <Labelled {...props}>
      <input
        type="text"
        lang={props.lang}
        value={props.value}
        placeholder={props.placeholder}
        disabled={props.disabled}
        aria-invalid={props.problems.length > 0}
        onKeyDown={guardImeEnter}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </Labelled>
  );
}

export function SelectInput(props: FieldProps & { readonly value: string; readonly onChange: (value: string) => void; readonly options: readonly { value: string; label: string }[] }) {
  return (
    <Labelled {...props}>
      <select value={props.value} aria-invalid={props.problems.length > 0} onChange={(event) => props.onChange(event.target.value)}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

export function MultiSelectInput(props: FieldProps & { readonly value: readonly string[]; readonly onChange: (value: string[]) => void; readonly options: readonly { value: string; label: string }[] }) {
  return (
    <Labelled {...props}>
      <select
        multiple
        size={6}
        value={[...props.value]}
        aria-invalid={props.problems.length > 0}
        onChange={(event) => props.onChange([...event.target.selectedOptions].map((option) => option.value))}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

export function LinesInput(props: FieldProps & { readonly value: readonly string[]; readonly onChange: (value: string[]) => void }) {
  return (
    <Labelled {...props}>
      <textarea
        rows={3}
        value={props.value.join('\n')}
        aria-invalid={props.problems.length > 0}
        onKeyDown={guardImeEnter}
        onChange={(event) => props.onChange(event.target.value.split('\n'))}
      />
    </Labelled>
  );
}

/** A citation as a bundle writes it: a source id, or a source id with the confidence of the claim. */
export type Citation = string | { readonly id: string; readonly confidence: string };

export function CitationsInput(
  props: FieldProps & {
    readonly value: readonly Citation[];
    readonly onChange: (value: Citation[]) => void;
    readonly sources: readonly { value: string; label: string }[];
    /** Names whose citations these are (a role's function), so their inputs' names differ from the record's own citations. */
    readonly labelPrefix?: string;
  },
) {
  const { t } = useTranslation();
  const { t: tv } = useTranslation('vocabulary');
  const rows = props.value.map((citation) => (typeof citation === 'string' ? { id: citation, confidence: '' } : citation));
  const write = (next: { id: string; confidence: string }[]) => props.onChange(next.map((row) => (row.confidence ? { id: row.id, confidence: row.confidence } : row.id)));
  return (
    <fieldset className="record-form__citations" data-field={props.field}>
      <legend>{props.label}</legend>
      {rows.map((row, index) => (
        <div key={index} className="record-form__citation">
          <select aria-label={prefixed(props.labelPrefix, t('editing.citationSource', { number: index + 1 }))} value={row.id} onChange={(event) => write(rows.map((r, i) => (i === index ? { ...r, id: event.target.value } : r)))}>
            {props.sources.map((source) => (
              <option key={source.value} value={source.value}>
                {source.label}
              </option>
            ))}
          </select>
          <select
            aria-label={prefixed(props.labelPrefix, t('editing.citationConfidence', { number: index + 1 }))}
            value={row.confidence}
            onChange={(event) => write(rows.map((r, i) => (i === index ? { ...r, confidence: event.target.value } : r)))}
          >
            <option value="">{t('editing.confidenceNotStated')}</option>
            {CONFIDENCE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {tv(`confidence.${level}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="small-button"
            aria-label={props.labelPrefix ? prefixed(props.labelPrefix, `${t('editing.removeCitation')} ${index + 1}`) : undefined}
            onClick={() => write(rows.filter((_, i) => i !== index))}
          >
            {t('editing.removeCitation')}
          </button>
        </div>
      ))}
      {props.sources.length > 0 && (
        <button type="button" className="small-button" onClick={() => write([...rows, { id: props.sources[0]?.value ?? '', confidence: '' }])}>
          {t('editing.addCitation')}
        </button>
      )}
      <FieldProblems problems={props.problems} />
    </fieldset>
  );
}

function prefixed(prefix: string | undefined, label: string): string {
  return prefix ? `${prefix} – ${label}` : label;
}

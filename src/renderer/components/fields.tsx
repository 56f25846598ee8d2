import { type ReactNode, useId, useState } from 'react';

interface FieldShellProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  children: ReactNode;
  className?: string;
}

/** Label, control, hint and error in one place, wired with aria-describedby. */
function FieldShell({ id, label, error, hint, required, children, className }: FieldShellProps) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required-mark" aria-hidden="true"> *</span> : null}
      </label>
      {children}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, error?: string, hint?: ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface BaseProps {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  id?: string;
  name?: string;
}

export function TextField({
  value,
  onChange,
  multiline,
  type = 'text',
  placeholder,
  ...props
}: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'url' | 'search' | 'date' | 'month' | 'email';
  placeholder?: string;
}) {
  const autoId = useId();
  const id = props.id ?? autoId;
  const common = {
    id,
    name: props.name,
    value,
    placeholder,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(id, props.error, props.hint),
    'aria-required': props.required || undefined,
  };
  return (
    <FieldShell id={id} {...props}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldShell>
  );
}

/**
 * A number input that lets people type freely ("1.", "") and reports `null` for empty and NaN for
 * text that is not a number, so validation can say which.
 */
export function NumberField({
  value,
  onChange,
  step,
  min,
  ...props
}: BaseProps & {
  value: number | null;
  onChange: (value: number | null) => void;
  step?: number | 'any';
  min?: number;
}) {
  const autoId = useId();
  const id = props.id ?? autoId;
  const [text, setText] = useState(formatNumber(value));
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    // Follow outside changes (a reset, a copy) without fighting the person's typing.
    setSeen(value);
    if (!Object.is(parseNumber(text), value)) setText(formatNumber(value));
  }
  return (
    <FieldShell id={id} {...props}>
      <input
        id={id}
        name={props.name}
        type="text"
        inputMode="decimal"
        value={text}
        data-step={step}
        data-min={min}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.error, props.hint)}
        aria-required={props.required || undefined}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseNumber(e.target.value));
        }}
      />
    </FieldShell>
  );
}

function formatNumber(value: number | null): string {
  return value === null || Number.isNaN(value) ? '' : String(value);
}

export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : Number.NaN;
}

export function SelectField<T extends string>({
  value,
  onChange,
  options,
  ...props
}: BaseProps & {
  value: T;
  onChange: (value: T) => void;
  options: ReadonlyArray<{ value: T; label: string }>;
}) {
  const autoId = useId();
  const id = props.id ?? autoId;
  return (
    <FieldShell id={id} {...props}>
      <select
        id={id}
        name={props.name}
        value={value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.error, props.hint)}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({
  checked,
  onChange,
  label,
  hint,
  error,
  disabled,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  hint?: string;
  error?: string | undefined;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className={`field field-checkbox${error ? ' field-invalid' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

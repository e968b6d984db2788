import type { ReactNode } from 'react';

/** A form error of one field: the field's id (the summary links to it) and the message. */
export interface FieldError {
  field: string;
  message: string;
}

/** GOV.UK error summary: at the top of the form, a list of links to the fields. */
export function ErrorSummary({
  title,
  errors,
  idPrefix,
}: {
  title: string;
  errors: FieldError[];
  idPrefix: string;
}) {
  if (errors.length === 0) return null;
  return (
    <div
      className="kern-alert kern-alert--danger portal-error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      id="error-summary"
    >
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title" id="error-summary-title">
          {title}
        </h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {errors.map((e) => (
            <li key={e.field}>
              <a className="kern-link" href={`#${idPrefix}${e.field}`}>
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function HintAndError({ id, hint, error }: Pick<FieldProps, 'id' | 'hint' | 'error'>) {
  return (
    <>
      {hint && (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="kern-error" id={`${id}-error`}>
          <span className="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      )}
    </>
  );
}

export function TextField({
  id,
  label,
  hint,
  error,
  name,
  value,
  type = 'text',
  autoComplete,
  required,
  inputMode,
}: FieldProps & {
  name: string;
  value: string;
  type?: 'text' | 'tel' | 'email' | 'number';
  autoComplete?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'tel' | 'email' | 'text';
}) {
  return (
    <div className={error ? 'kern-form-input kern-form-input--error' : 'kern-form-input'}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <input
        className={error ? 'kern-form-input__input kern-form-input__input--error' : 'kern-form-input__input'}
        id={id}
        name={name}
        type={type}
        defaultValue={value}
        autoComplete={autoComplete}
        inputMode={inputMode}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

export function SelectField({
  id,
  label,
  hint,
  error,
  name,
  value,
  options,
  form,
  required,
}: FieldProps & {
  name: string;
  value: string;
  options: { value: string; label: string; lang?: string }[];
  form?: string;
  required?: boolean;
}) {
  return (
    <div className={error ? 'kern-form-input kern-form-input--error' : 'kern-form-input'}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="kern-form-input__select-wrapper">
        <select
          className={
            error ? 'kern-form-input__select kern-form-input__select--error' : 'kern-form-input__select'
          }
          id={id}
          name={name}
          defaultValue={value}
          form={form}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

export function CheckboxField({
  id,
  label,
  error,
  name,
  checked,
  form,
  children,
}: FieldProps & { name: string; checked: boolean; form?: string; children?: ReactNode }) {
  return (
    <div className="kern-form-check">
      <input
        className={
          error ? 'kern-form-check__checkbox kern-form-check__checkbox--error' : 'kern-form-check__checkbox'
        }
        id={id}
        name={name}
        type="checkbox"
        value="true"
        defaultChecked={checked}
        form={form}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {error && <HintAndError id={id} error={error} />}
    </div>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { CheckboxField, ErrorSummary, SelectField, TextField, type FieldError } from './Fields';

export interface CallbackStrings {
  topic: string;
  topicChoose: string;
  office: string;
  name: string;
  nameHint: string;
  contactLegend: string;
  contactHint: string;
  phone: string;
  email: string;
  lang: string;
  time: string;
  timeHint: string;
  consentLegend: string;
  consentLabel: string;
  honeypot: string;
  submit: string;
  errorSummary: string;
  errorTopic: string;
  errorOffice: string;
  errorName: string;
  errorContact: string;
  errorEmail: string;
  errorConsent: string;
}

export interface CallbackValues {
  topic: string;
  officeId: string;
  name: string;
  phone: string;
  email: string;
  lang: string;
  preferredTime: string;
  consent: boolean;
}

export interface CallbackFormProps {
  action: string;
  strings: CallbackStrings;
  token: string;
  consentVersion: string;
  consentText: string;
  /** The html `lang` of the consent text (the API's answer says which language it sent). */
  consentLang: string;
  offices: { id: string; name: string }[];
  topics: { value: string; label: string }[];
  languages: { value: string; label: string; lang: string }[];
  values: CallbackValues;
  errors: FieldError[];
}

export const FIELD_PREFIX = 'cb-';

/** The checks the browser can make before sending (the server and the API check again). */
export function checkCallback(values: CallbackValues, s: CallbackStrings): FieldError[] {
  const errors: FieldError[] = [];
  if (!values.topic) errors.push({ field: 'topic', message: s.errorTopic });
  if (!values.officeId) errors.push({ field: 'officeId', message: s.errorOffice });
  if (!values.name.trim()) errors.push({ field: 'name', message: s.errorName });
  if (!values.phone.trim() && !values.email.trim()) errors.push({ field: 'phone', message: s.errorContact });
  else if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim()))
    errors.push({ field: 'email', message: s.errorEmail });
  if (!values.consent) errors.push({ field: 'consent', message: s.errorConsent });
  return errors;
}

function valuesOf(form: HTMLFormElement): CallbackValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  return {
    topic: text('topic'),
    officeId: text('officeId'),
    name: text('name'),
    phone: text('phone'),
    email: text('email'),
    lang: text('lang'),
    preferredTime: text('preferredTime'),
    consent: data.get('consent') === 'true',
  };
}

/**
 * The callback form (GOV.UK pattern): a plain POST form; the server answers with an error summary
 * or the thank-you page. Hydrated, it checks before sending and shows the same summary at once.
 */
export function CallbackForm(props: CallbackFormProps) {
  const { strings: s, values } = props;
  const [errors, setErrors] = useState<FieldError[]>(props.errors);
  const [shown, setShown] = useState(0);

  // GOV.UK: the error summary takes the focus — after the server's answer as after our own check
  useEffect(() => {
    if (shown > 0 || props.errors.length > 0) document.getElementById('error-summary')?.focus();
  }, [shown, props.errors.length]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const found = checkCallback(valuesOf(event.currentTarget), s);
    if (found.length > 0) {
      event.preventDefault();
      setErrors(found);
      setShown((n) => n + 1);
    }
  };
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const p = FIELD_PREFIX;
  return (
    <form className="portal-form" action={props.action} method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary title={s.errorSummary} errors={errors} idPrefix={p} />
      <input type="hidden" name="token" value={props.token} />
      <input type="hidden" name="consentVersion" value={props.consentVersion} />
      <SelectField
        id={`${p}topic`}
        name="topic"
        label={s.topic}
        value={values.topic}
        error={errorOf('topic')}
        options={[{ value: '', label: s.topicChoose }, ...props.topics]}
      />
      <SelectField
        id={`${p}officeId`}
        name="officeId"
        label={s.office}
        value={values.officeId}
        error={errorOf('officeId')}
        options={[
          { value: '', label: s.topicChoose },
          ...props.offices.map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      <TextField
        id={`${p}name`}
        name="name"
        label={s.name}
        hint={s.nameHint}
        value={values.name}
        error={errorOf('name')}
        autoComplete="nickname"
      />
      <fieldset
        className={
          errorOf('phone') || errorOf('email') ? 'kern-fieldset kern-fieldset--error' : 'kern-fieldset'
        }
      >
        <legend className="kern-label">{s.contactLegend}</legend>
        <div className="kern-hint">{s.contactHint}</div>
        <TextField
          id={`${p}phone`}
          name="phone"
          type="tel"
          label={s.phone}
          value={values.phone}
          error={errorOf('phone')}
          autoComplete="tel"
          inputMode="tel"
        />
        <TextField
          id={`${p}email`}
          name="email"
          type="email"
          label={s.email}
          value={values.email}
          error={errorOf('email')}
          autoComplete="email"
          inputMode="email"
        />
      </fieldset>
      <SelectField
        id={`${p}lang`}
        name="lang"
        label={s.lang}
        value={values.lang}
        error={errorOf('lang')}
        options={props.languages}
      />
      <TextField
        id={`${p}preferredTime`}
        name="preferredTime"
        label={s.time}
        hint={s.timeHint}
        value={values.preferredTime}
        error={errorOf('preferredTime')}
      />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{s.consentLegend}</legend>
        <div className="portal-consent-text" id={`${p}consent-text`} lang={props.consentLang}>
          {props.consentText.split(/\n{2,}/).map((para, i) => (
            <p className="kern-body" key={i}>
              {para}
            </p>
          ))}
        </div>
        <CheckboxField
          id={`${p}consent`}
          name="consent"
          label={s.consentLabel}
          checked={values.consent}
          error={errorOf('consent')}
        />
      </fieldset>
      <div className="portal-honeypot" aria-hidden="true">
        <label htmlFor={`${p}website`}>{s.honeypot}</label>
        <input
          id={`${p}website`}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      <button className="kern-btn kern-btn--primary" type="submit" id={`${p}submit`}>
        <span className="kern-label">{s.submit}</span>
      </button>
    </form>
  );
}

import { PORTAL_LANGS, PORTAL_LANGUAGES, isPortalLang } from '@lotsen/domain';
import type { PageContext } from '../components/context';
import { CallbackForm, type CallbackFormProps, type CallbackValues } from '../components/CallbackForm';
import type { FieldError } from '../components/Fields';
import { Layout } from '../components/Layout';
import { pathOf } from '../routing';
import type { CallbackForm as FormData } from '../types';

/** The island's props: built once, rendered on the server and sent as hydration data. */
export function callbackFormProps(
  ctx: PageContext,
  form: FormData,
  values: CallbackValues,
  errors: FieldError[],
): CallbackFormProps {
  const c = ctx.t.callback;
  const consentLang = isPortalLang(form.lang) ? PORTAL_LANGUAGES[form.lang].htmlLang : 'de';
  return {
    action: pathOf(ctx.basePath, ctx.lang, { name: 'callback' }),
    token: form.token,
    consentVersion: form.consentVersion,
    consentText: form.consentText,
    consentLang,
    offices: form.offices,
    topics: form.topics,
    languages: PORTAL_LANGS.map((l) => ({
      value: l,
      label: PORTAL_LANGUAGES[l].nativeName,
      lang: PORTAL_LANGUAGES[l].htmlLang,
    })),
    values,
    errors,
    strings: {
      topic: c.topic,
      topicChoose: c.topicChoose,
      office: c.office,
      name: c.name,
      nameHint: c.nameHint,
      contactLegend: c.contactLegend,
      contactHint: c.contactHint,
      phone: c.phone,
      email: c.email,
      lang: c.lang,
      time: c.time,
      timeHint: c.timeHint,
      consentLegend: c.consentLegend,
      consentLabel: c.consentLabel,
      honeypot: c.honeypot,
      submit: c.submit,
      errorSummary: c.errorSummary,
      errorTopic: c.errorTopic,
      errorOffice: c.errorOffice,
      errorName: c.errorName,
      errorContact: c.errorContact,
      errorEmail: c.errorEmail,
      errorConsent: c.errorConsent,
    },
  };
}

export function CallbackPage({ ctx, form }: { ctx: PageContext; form: CallbackFormProps }) {
  const c = ctx.t.callback;
  const title = form.errors.length > 0 ? `${c.errorSummary}: ${c.title}` : c.title;
  return (
    <Layout ctx={ctx} title={title} islands={{ callback: form }}>
      <h1 className="kern-heading-large">{c.title}</h1>
      <p className="kern-body kern-body--large">{c.intro}</p>
      <div data-island="callback">
        <CallbackForm {...form} />
      </div>
    </Layout>
  );
}

/** A message page in the family's language: thanks, the form unavailable, too many requests. */
export function MessagePage({
  ctx,
  title,
  text,
  tone = 'info',
}: {
  ctx: PageContext;
  title: string;
  text: string;
  tone?: 'info' | 'success' | 'danger';
}) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1 className="kern-heading-large">{title}</h1>
      <div className={`kern-alert kern-alert--${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
        <div className="kern-alert__body">
          <p className="kern-body">{text}</p>
        </div>
      </div>
      <p className="kern-body">
        <a className="kern-link" href={pathOf(ctx.basePath, ctx.lang, { name: 'start' })}>
          {ctx.t.error.toStart}
        </a>
      </p>
    </Layout>
  );
}

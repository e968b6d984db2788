import type { PageContext } from '../components/context';
import { Layout } from '../components/Layout';
import type { PageText } from '../i18n/page-texts';

/** A page of text: the legal pages, Leichte Sprache, Gebärdensprache. */
export function TextPage({ ctx, text }: { ctx: PageContext; text: PageText }) {
  return (
    <Layout ctx={ctx} title={text.title}>
      <h1 className="kern-heading-large">{text.title}</h1>
      <p className="kern-body kern-body--large">{text.lead}</p>
      {text.sections.map((section) => (
        <section key={section.heading} className="portal-section">
          <h2 className="kern-heading-small">{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p key={p} className="kern-body">
              {p}
            </p>
          ))}
        </section>
      ))}
    </Layout>
  );
}

export function NotFoundPage({ ctx }: { ctx: PageContext }) {
  return <SimpleError ctx={ctx} title={ctx.t.error.notFoundTitle} text={ctx.t.error.notFoundText} />;
}

export function ServerErrorPage({ ctx }: { ctx: PageContext }) {
  return <SimpleError ctx={ctx} title={ctx.t.error.serverTitle} text={ctx.t.error.serverText} />;
}

function SimpleError({ ctx, title, text }: { ctx: PageContext; title: string; text: string }) {
  const base = `${ctx.basePath}/${ctx.lang}/`;
  return (
    <Layout ctx={ctx} title={title}>
      <h1 className="kern-heading-large">{title}</h1>
      <p className="kern-body">{text}</p>
      <ul className="kern-list">
        <li>
          <a className="kern-link" href={base}>
            {ctx.t.error.toStart}
          </a>
        </li>
        <li>
          <a className="kern-link" href={`${base}suche`}>
            {ctx.t.navSearch}
          </a>
        </li>
      </ul>
    </Layout>
  );
}

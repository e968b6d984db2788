import { serviceTopic } from '@lotsen/domain';
import type { ReactNode } from 'react';
import type { PageContext } from '../components/context';
import { contentLang } from '../components/Cards';
import { GermanOnly, Layout } from '../components/Layout';
import { OpeningHours } from '../components/OpeningHours';
import type { PublicService } from '../types';
import { pathOf } from '../routing';
import { Facts, formatDay, phoneLink } from './OfferPage';

/** A Verwaltungsleistung: the responsible body, what to bring, the online application, LeiKa key. */
export function ServicePage({ ctx, service }: { ctx: PageContext; service: PublicService }) {
  const { t } = ctx;
  const s = t.service;
  const lang = contentLang(ctx, service.textLang);
  const body = service.provider;
  const online = httpsUrl(service.onlineUrl);
  const bodyFacts: [string, ReactNode][] = [];
  if (body) {
    bodyFacts.push([s.responsible, body.name]);
    if (body.address) bodyFacts.push([t.offer.address, <span lang="de">{body.address}</span>]);
    bodyFacts.push([
      t.offer.openingHours,
      <OpeningHours ctx={ctx} slots={body.openingSchedule} note={body.openingHours} key="hours" />,
    ]);
    bodyFacts.push([t.offer.phone, body.phone ? phoneLink(body.phone) : t.offer.notStated]);
    if (body.email)
      bodyFacts.push([
        t.offer.email,
        <a className="kern-link" href={`mailto:${body.email}`}>
          {body.email}
        </a>,
      ]);
  }
  return (
    <Layout ctx={ctx} title={service.title}>
      <h1 className="kern-heading-large" lang={lang}>
        {service.title}
      </h1>
      <GermanOnly ctx={ctx} textLang={service.textLang} />
      {service.description && (
        <p className="kern-body kern-body--large" lang={lang}>
          {service.description}
        </p>
      )}
      <section aria-labelledby="svc-online" className="portal-section">
        <h2 className="kern-heading-small" id="svc-online">
          {s.online}
        </h2>
        {online ? (
          <p className="kern-body">
            <a className="kern-link" href={online.href} rel="noreferrer">
              {s.online}: {online.host}
            </a>
          </p>
        ) : (
          <p className="kern-body">{s.onlineNone}</p>
        )}
      </section>
      {service.checklist.length > 0 && (
        <section aria-labelledby="svc-checklist" className="portal-section">
          <h2 className="kern-heading-small" id="svc-checklist">
            {s.checklist}
          </h2>
          <ul className="kern-list portal-checklist" lang={lang}>
            {service.checklist.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="svc-body" className="portal-section">
        <h2 className="kern-heading-small" id="svc-body">
          {s.responsible}
        </h2>
        <Facts items={bodyFacts} />
      </section>
      <Facts
        items={[
          [s.leikaKey, service.leikaKey ?? s.leikaNone],
          [s.updated, formatDay(ctx, service.lastCheckedAt ?? service.updatedAt)],
        ]}
      />
      <p className="kern-body portal-callback-hint">
        {s.callbackHint}{' '}
        <a
          className="kern-link"
          href={`${pathOf(ctx.basePath, ctx.lang, { name: 'callback' })}?topic=${encodeURIComponent(serviceTopic(service.id))}`}
        >
          {t.navCallback}
        </a>
      </p>
    </Layout>
  );
}

/** An online application's address, only when it is a valid https URL (the API checks it too). */
function httpsUrl(value: string | null): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

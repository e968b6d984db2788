import type { ReactNode } from 'react';
import type { PageContext } from '../components/context';
import { agesText, capacityText, capacityTone, contentLang } from '../components/Cards';
import { GermanOnly, Layout } from '../components/Layout';
import { OpeningHours } from '../components/OpeningHours';
import type { PublicOffer } from '../types';

/** A key–value list in KERN's description list. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="kern-description-list">
      {items.map(([key, value]) => (
        <div className="kern-description-list-item" key={key}>
          <dt className="kern-description-list-item__key">{key}</dt>
          <dd className="kern-description-list-item__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function formatDay(ctx: PageContext, iso: string | null): string {
  if (!iso) return ctx.t.offer.notStated;
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = ctx.lang === 'ls' ? 'de' : ctx.lang;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(date);
}

export function languageNames(ctx: PageContext, codes: string[]): string {
  const locale = ctx.lang === 'ls' ? 'de' : ctx.lang;
  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  return codes.map((c) => names.of(c) ?? c).join(', ');
}

export function phoneLink(phone: string): ReactNode {
  return (
    <a className="kern-link" href={`tel:${phone.replace(/[^+\d]/g, '')}`} dir="ltr">
      {phone}
    </a>
  );
}

/** An offer: provider, Sozialraum, languages, ages, cost, hours, phone, address, capacity, Stand. */
export function OfferPage({ ctx, offer }: { ctx: PageContext; offer: PublicOffer }) {
  const { t } = ctx;
  const o = t.offer;
  const lang = contentLang(ctx, offer.textLang);
  const items: [string, ReactNode][] = [
    [o.provider, offer.provider?.name ?? o.notStated],
    [o.district, offer.districts.length > 0 ? offer.districts.map((d) => d.name).join(', ') : o.districtCity],
    [o.languages, offer.languages.length > 0 ? languageNames(ctx, offer.languages) : o.notStated],
    [o.ages, agesText(ctx, offer.ageFrom, offer.ageTo)],
    [o.cost, offer.costFree === true ? o.costFree : offer.costFree === false ? o.costPaid : o.notStated],
    [
      o.openingHours,
      <OpeningHours ctx={ctx} slots={offer.openingSchedule} note={offer.openingHours} key="hours" />,
    ],
    [o.phone, offer.phone ? phoneLink(offer.phone) : o.notStated],
  ];
  if (offer.email) {
    items.push([
      o.email,
      <a className="kern-link" href={`mailto:${offer.email}`} key="mail">
        {offer.email}
      </a>,
    ]);
  }
  items.push([o.address, offer.address ? <span lang="de">{offer.address}</span> : o.addressHidden]);
  items.push([
    o.capacity,
    <span className={`kern-badge kern-badge--${capacityTone(offer.capacity)}`} key="cap">
      <span className="kern-label kern-label--small">{capacityText(ctx, offer.capacity)}</span>
    </span>,
  ]);
  if (offer.categories.length > 0) items.push([o.topics, offer.categories.map((c) => c.label).join(', ')]);
  items.push([o.updated, formatDay(ctx, offer.confirmedAt ?? offer.updatedAt)]);
  return (
    <Layout ctx={ctx} title={offer.title}>
      <h1 className="kern-heading-large" lang={lang}>
        {offer.title}
      </h1>
      <GermanOnly ctx={ctx} textLang={offer.textLang} />
      {offer.description && (
        <p className="kern-body kern-body--large" lang={lang}>
          {offer.description}
        </p>
      )}
      <Facts items={items} />
    </Layout>
  );
}

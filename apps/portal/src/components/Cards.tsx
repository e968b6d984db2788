import { PORTAL_LANGUAGES } from '@lotsen/domain';
import { format } from '../i18n';
import { pathOf } from '../routing';
import type { PublicOffer, PublicService } from '../types';
import type { PageContext } from './context';
import { GermanOnly } from './Layout';

/** The `lang` attribute for content in `textLang` when it differs from the page's language. */
export function contentLang(ctx: PageContext, textLang?: string): string | undefined {
  const shownIn = textLang ?? 'de';
  if (shownIn === ctx.lang) return undefined;
  const known = PORTAL_LANGUAGES[shownIn as keyof typeof PORTAL_LANGUAGES];
  const htmlLang = known ? known.htmlLang : shownIn;
  return htmlLang === PORTAL_LANGUAGES[ctx.lang].htmlLang ? undefined : htmlLang;
}

export function agesText(ctx: PageContext, from: number | null, to: number | null): string {
  const { offer } = ctx.t;
  if (from !== null && to !== null) return format(offer.agesRange, { from, to });
  if (from !== null) return format(offer.agesFrom, { from });
  if (to !== null) return format(offer.agesTo, { to });
  return offer.agesAll;
}

export function capacityText(ctx: PageContext, capacity: string): string {
  const { offer } = ctx.t;
  if (capacity === 'available') return offer.capacityAvailable;
  if (capacity === 'waitlist') return offer.capacityWaitlist;
  if (capacity === 'full') return offer.capacityFull;
  return offer.notStated;
}

export function capacityTone(capacity: string): string {
  return capacity === 'available' ? 'success' : capacity === 'waitlist' ? 'warning' : 'danger';
}

export function OfferCard({ ctx, offer }: { ctx: PageContext; offer: PublicOffer }) {
  const lang = contentLang(ctx, offer.textLang);
  return (
    <li className="kern-card portal-card">
      <div className="kern-card__container">
        <div className="kern-card__header">
          <h3 className="kern-title kern-title--small" lang={lang}>
            <a
              className="kern-link kern-link--stretched"
              href={pathOf(ctx.basePath, ctx.lang, { name: 'offer', id: offer.id })}
            >
              {offer.title}
            </a>
          </h3>
        </div>
        <div className="kern-card__body">
          {offer.provider && <p className="kern-body">{offer.provider.name}</p>}
          <p className="kern-body kern-body--small">
            {agesText(ctx, offer.ageFrom, offer.ageTo)} ·{' '}
            {offer.districts.length > 0
              ? offer.districts.map((d) => d.name).join(', ')
              : ctx.t.offer.districtCity}
          </p>
          <p className="kern-body kern-body--small">
            {ctx.t.offer.capacity}:{' '}
            <span className={`kern-badge kern-badge--${capacityTone(offer.capacity)}`}>
              <span className="kern-label kern-label--small">{capacityText(ctx, offer.capacity)}</span>
            </span>
          </p>
          <GermanOnly ctx={ctx} textLang={offer.textLang} />
        </div>
      </div>
    </li>
  );
}

export function ServiceCard({ ctx, service }: { ctx: PageContext; service: PublicService }) {
  const lang = contentLang(ctx, service.textLang);
  return (
    <li className="kern-card portal-card">
      <div className="kern-card__container">
        <div className="kern-card__header">
          <h3 className="kern-title kern-title--small" lang={lang}>
            <a
              className="kern-link kern-link--stretched"
              href={pathOf(ctx.basePath, ctx.lang, { name: 'service', key: service.leikaKey ?? service.id })}
            >
              {service.title}
            </a>
          </h3>
        </div>
        <div className="kern-card__body">
          {service.provider && <p className="kern-body">{service.provider.name}</p>}
          <GermanOnly ctx={ctx} textLang={service.textLang} />
        </div>
      </div>
    </li>
  );
}

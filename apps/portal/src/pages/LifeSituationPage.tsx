import { lifeSituationTopic } from '@lotsen/domain';
import type { PageContext } from '../components/context';
import { contentLang, OfferCard, ServiceCard } from '../components/Cards';
import { GermanOnly, Layout } from '../components/Layout';
import { pathOf } from '../routing';
import type { PublicLifeSituation, PublicOffer, PublicService } from '../types';

/** One life situation: its offers and the administrative services that belong to it. */
export function LifeSituationPage({
  ctx,
  situation,
  offers,
  services,
}: {
  ctx: PageContext;
  situation: PublicLifeSituation;
  offers: PublicOffer[];
  services: PublicService[];
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={situation.label}>
      <h1 className="kern-heading-large">{situation.label}</h1>
      {situation.intro && (
        <>
          <p className="kern-body kern-body--large" lang={contentLang(ctx, situation.textLang)}>
            {situation.intro}
          </p>
          <GermanOnly ctx={ctx} textLang={situation.textLang} />
        </>
      )}
      <section aria-labelledby="ls-services" className="portal-section">
        <h2 className="kern-heading-medium" id="ls-services">
          {t.lifeSituation.services}
        </h2>
        {services.length === 0 ? (
          <p className="kern-body">{t.lifeSituation.noServices}</p>
        ) : (
          <ul className="portal-cards">
            {services.map((s) => (
              <ServiceCard key={s.id} ctx={ctx} service={s} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="ls-offers" className="portal-section">
        <h2 className="kern-heading-medium" id="ls-offers">
          {t.lifeSituation.offers}
        </h2>
        {offers.length === 0 ? (
          <p className="kern-body">{t.lifeSituation.noOffers}</p>
        ) : (
          <ul className="portal-cards">
            {offers.map((o) => (
              <OfferCard key={o.id} ctx={ctx} offer={o} />
            ))}
          </ul>
        )}
      </section>
      <p className="kern-body portal-callback-hint">
        {t.start.callbackHint}{' '}
        <a
          className="kern-link"
          href={`${pathOf(ctx.basePath, ctx.lang, { name: 'callback' })}?topic=${encodeURIComponent(lifeSituationTopic(situation.key))}`}
        >
          {t.navCallback}
        </a>
      </p>
    </Layout>
  );
}

import type { PageContext } from '../components/context';
import { contentLang } from '../components/Cards';
import { GermanOnly, Layout } from '../components/Layout';
import { SearchBox } from '../components/SearchBox';
import { pathOf } from '../routing';
import type { PublicLifeSituation } from '../types';
import { searchBoxProps } from './islands';

/** The start page: one search field and the ten life situations (Lebenslagen). */
export function StartPage({
  ctx,
  lifeSituations,
}: {
  ctx: PageContext;
  lifeSituations: PublicLifeSituation[];
}) {
  const { t } = ctx;
  const search = searchBoxProps(ctx, '');
  return (
    <Layout ctx={ctx} title={t.start.title} islands={{ search }}>
      <h1 className="kern-heading-large">{t.start.title}</h1>
      <p className="kern-body kern-body--large">{t.start.intro}</p>
      <section aria-labelledby="start-search" className="portal-section">
        <h2 className="kern-heading-small" id="start-search">
          {t.start.searchHeading}
        </h2>
        <div data-island="search">
          <SearchBox {...search} />
        </div>
      </section>
      <section aria-labelledby="start-situations" className="portal-section">
        <h2 className="kern-heading-medium" id="start-situations">
          {t.start.lifeSituationsHeading}
        </h2>
        <ul className="portal-tiles">
          {lifeSituations.map((s) => (
            <li key={s.key} className="portal-tile">
              <a
                className="portal-tile__link"
                href={pathOf(ctx.basePath, ctx.lang, { name: 'lifeSituation', key: s.key })}
                lang={contentLang(ctx, s.textLang ?? ctx.lang)}
              >
                {s.label}
              </a>
              {s.intro && (
                <p className="kern-body kern-body--small" lang={contentLang(ctx, s.textLang)}>
                  {s.intro}
                </p>
              )}
              {s.intro && <GermanOnly ctx={ctx} textLang={s.textLang} />}
            </li>
          ))}
        </ul>
      </section>
      <p className="kern-body portal-callback-hint">
        {t.start.callbackHint}{' '}
        <a className="kern-link" href={pathOf(ctx.basePath, ctx.lang, { name: 'callback' })}>
          {t.navCallback}
        </a>
      </p>
    </Layout>
  );
}

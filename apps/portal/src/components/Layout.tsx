import type { ReactNode } from 'react';
import { PORTAL_LANGS, PORTAL_LANGUAGES } from '@lotsen/domain';
import { hreflangOf, pathOf, switchLang } from '../routing';
import type { PageContext } from './context';

interface LayoutProps {
  ctx: PageContext;
  title: string;
  children: ReactNode;
  /** Props of the islands on this page (hydrated by the client bundle), as JSON data. */
  islands?: Record<string, unknown>;
}

/** The whole document: head, skip link, header with the language switch, main, footer. */
export function Layout({ ctx, title, children, islands }: LayoutProps) {
  const { lang, t, basePath, url, assets } = ctx;
  const language = PORTAL_LANGUAGES[lang];
  const home = pathOf(basePath, lang, { name: 'start' });
  const hasIslands = islands !== undefined && Object.keys(islands).length > 0;
  return (
    <html lang={language.htmlLang} dir={language.dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t.siteName}`}</title>
        <link rel="icon" href="data:," />
        {assets.css && <link rel="stylesheet" href={assets.css} />}
        {PORTAL_LANGS.map((l) => (
          <link key={l} rel="alternate" hrefLang={hreflangOf(l)} href={switchLang(url, basePath, l)} />
        ))}
        <link rel="alternate" hrefLang="x-default" href={switchLang(url, basePath, 'de')} />
      </head>
      <body className={lang === 'ls' ? 'portal portal--ls' : 'portal'}>
        <a className="portal-skip-link" href="#inhalt">
          {t.skipLink}
        </a>
        <header className="portal-header">
          <div className="portal-width portal-header__bar">
            <a className="portal-logo" href={home}>
              <span className="portal-logo__mark" aria-hidden="true">
                P
              </span>
              <span className="portal-logo__text">
                <span className="portal-logo__name">{t.siteName}</span>
                <span className="portal-logo__owner">{t.siteOwner}</span>
              </span>
            </a>
          </div>
          <nav className="portal-width portal-langs" aria-label={t.langSwitch}>
            <ul>
              {PORTAL_LANGS.map((l) => (
                <li key={l}>
                  <a
                    href={switchLang(url, basePath, l)}
                    hrefLang={hreflangOf(l)}
                    lang={PORTAL_LANGUAGES[l].htmlLang}
                    aria-current={l === lang ? 'true' : undefined}
                  >
                    {PORTAL_LANGUAGES[l].nativeName}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <nav className="portal-width portal-nav" aria-label={t.mainNav}>
            <ul>
              <li>
                <a href={home}>{t.navHome}</a>
              </li>
              <li>
                <a href={pathOf(basePath, lang, { name: 'search' })}>{t.navSearch}</a>
              </li>
              <li>
                <a href={pathOf(basePath, lang, { name: 'callback' })}>{t.navCallback}</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="inhalt" className="portal-width portal-main" tabIndex={-1}>
          {children}
        </main>
        <footer className="portal-footer">
          <div className="portal-width">
            <nav aria-label={t.footerNav}>
              <ul>
                <li>
                  <a href={pathOf(basePath, lang, { name: 'easyLanguage' })}>{t.pages.easyLanguage}</a>
                </li>
                <li>
                  <a href={pathOf(basePath, lang, { name: 'signLanguage' })}>{t.pages.signLanguage}</a>
                </li>
                <li>
                  <a href={pathOf(basePath, lang, { name: 'accessibility' })}>{t.pages.accessibility}</a>
                </li>
                <li>
                  <a href={pathOf(basePath, lang, { name: 'imprint' })}>{t.pages.imprint}</a>
                </li>
                <li>
                  <a href={pathOf(basePath, lang, { name: 'privacy' })}>{t.pages.privacy}</a>
                </li>
              </ul>
            </nav>
            <p className="kern-body kern-body--small">{t.footerNote}</p>
          </div>
        </footer>
        {hasIslands && (
          <script
            type="application/json"
            id="portal-islands"
            dangerouslySetInnerHTML={{ __html: jsonForScript(islands) }}
          />
        )}
        {hasIslands && assets.js && <script type="module" src={assets.js} />}
      </body>
    </html>
  );
}

/** JSON that cannot end its <script> element early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The "nur auf Deutsch" note when a text is not in the page's language (missing = German). */
export function GermanOnly({ ctx, textLang }: { ctx: PageContext; textLang?: string }) {
  const shownIn = textLang ?? 'de';
  if (shownIn === ctx.lang || (ctx.lang === 'de' && shownIn === 'de')) return null;
  return (
    <p className="portal-german-only" lang={PORTAL_LANGUAGES[ctx.lang].htmlLang}>
      {ctx.t.germanOnly}
    </p>
  );
}

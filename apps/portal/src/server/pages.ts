import type { IncomingMessage, ServerResponse } from 'node:http';
import { createElement, type ReactElement } from 'react';
import type { PageContext } from '../components/context';
import type { CallbackValues } from '../components/CallbackForm';
import type { FieldError } from '../components/Fields';
import { pageTextsOf } from '../i18n';
import { CallbackPage, callbackFormProps, MessagePage } from '../pages/CallbackPage';
import { LifeSituationPage } from '../pages/LifeSituationPage';
import { OfferPage } from '../pages/OfferPage';
import { SearchPage, suggestionHref } from '../pages/SearchPage';
import { ServicePage } from '../pages/ServicePage';
import { StartPage } from '../pages/StartPage';
import { TextPage } from '../pages/TextPage';
import { pathOf, type Route } from '../routing';
import { ApiError } from './api-client';
import { callbackPayload, localErrors, outcomeOf, readCallback, readFormBody } from './callback';
import type { PortalDeps } from './create-server';
import { NO_STORE, PUBLIC_CACHE } from './headers';
import type { RenderOptions } from './render';
import { readSearchParams, runSearch, suggest } from './search';

export type Handled =
  { kind: 'done' } | { kind: 'notFound' } | { kind: 'page'; element: ReactElement; options: RenderOptions };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function page<P extends Record<string, any>>(
  component: (props: P) => ReactElement,
  props: P,
  options: RenderOptions,
): Handled {
  return { kind: 'page', element: createElement(component, props), options };
}

/** The page's cache key: build, address and the data it shows. */
function cached(deps: PortalDeps, ctx: PageContext, data: unknown): RenderOptions {
  return { cache: true, etagInput: [deps.assets.buildId, ctx.url, data] };
}

/** An API 404 (no such active offer/service) is the portal's 404 too. */
async function orNotFound<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return null;
    throw error;
  }
}

export async function handlePage(
  deps: PortalDeps,
  ctx: PageContext,
  route: Route,
  query: URLSearchParams,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<Handled> {
  const { api } = deps;
  const lang = ctx.lang;
  switch (route.name) {
    case 'start': {
      const { items } = await api.lifeSituations(lang);
      return page(StartPage, { ctx, lifeSituations: items }, cached(deps, ctx, items));
    }
    case 'lifeSituation': {
      const { items } = await api.lifeSituations(lang);
      const situation = items.find((s) => s.key === route.key);
      if (!situation) return { kind: 'notFound' };
      const [offers, services] = await Promise.all([
        api.offers(lang, { lifeSituation: situation.key, limit: 50 }),
        api.services(lang, { lifeSituation: situation.key, limit: 50 }),
      ]);
      const props = { ctx, situation, offers: offers.items, services: services.items };
      return page(LifeSituationPage, props, cached(deps, ctx, [situation, offers, services]));
    }
    case 'search': {
      const params = readSearchParams(query);
      const [districts, results] = await Promise.all([deps.districts.get(lang), runSearch(api, ctx, params)]);
      return page(SearchPage, { ctx, params, districts, results }, cached(deps, ctx, [districts, results]));
    }
    case 'suggestions': {
      const q = (query.get('q') ?? '').trim().slice(0, 100);
      const items = q.length < 2 ? [] : (await suggest(api, lang, q)).slice(0, 8);
      const body = JSON.stringify({
        items: items.map((s) => ({ kind: s.kind, title: s.title, href: suggestionHref(ctx, s) })),
      });
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Cache-Control', PUBLIC_CACHE);
      res.writeHead(200);
      res.end(req.method === 'HEAD' ? undefined : body);
      return { kind: 'done' };
    }
    case 'offer': {
      const offer = await orNotFound(api.offer(lang, route.id));
      if (!offer) return { kind: 'notFound' };
      return page(OfferPage, { ctx, offer }, cached(deps, ctx, offer));
    }
    case 'service': {
      const service = await orNotFound(api.service(lang, route.key));
      if (!service) return { kind: 'notFound' };
      return page(ServicePage, { ctx, service }, cached(deps, ctx, service));
    }
    case 'callback':
      return req.method === 'POST' ? postCallback(deps, ctx, req, res) : getCallback(deps, ctx, query);
    case 'callbackThanks':
      return page(
        MessagePage,
        { ctx, title: ctx.t.callback.thanksTitle, text: ctx.t.callback.thanksText, tone: 'success' as const },
        cached(deps, ctx, 'thanks'),
      );
    case 'accessibility':
    case 'easyLanguage':
    case 'signLanguage':
    case 'imprint':
    case 'privacy':
      return page(TextPage, { ctx, text: pageTextsOf(lang)[route.name] }, cached(deps, ctx, route.name));
  }
}

function emptyValues(ctx: PageContext, topic: string): CallbackValues {
  return {
    topic,
    officeId: '',
    name: '',
    phone: '',
    email: '',
    lang: ctx.lang,
    preferredTime: '',
    consent: false,
  };
}

function unavailable(ctx: PageContext, status = 503): Handled {
  const c = ctx.t.callback;
  return page(
    MessagePage,
    { ctx, title: c.unavailableTitle, text: c.unavailableText, tone: 'danger' as const },
    { cache: false, status },
  );
}

async function getCallback(deps: PortalDeps, ctx: PageContext, query: URLSearchParams): Promise<Handled> {
  let form;
  try {
    form = await deps.api.callbackForm(ctx.lang);
  } catch {
    return unavailable(ctx);
  }
  const wanted = query.get('topic') ?? '';
  const topic = form.topics.some((t) => t.value === wanted) ? wanted : '';
  return page(
    CallbackPage,
    { ctx, form: callbackFormProps(ctx, form, emptyValues(ctx, topic), []) },
    { cache: false },
  );
}

function clientAddress(deps: PortalDeps, req: IncomingMessage): string {
  if (deps.trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const list = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',');
    const last = list[list.length - 1]?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

async function postCallback(
  deps: PortalDeps,
  ctx: PageContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<Handled> {
  const c = ctx.t.callback;
  if (!deps.rateLimit.take(clientAddress(deps, req))) {
    req.resume();
    return page(
      MessagePage,
      { ctx, title: c.rateLimitedTitle, text: c.rateLimitedText, tone: 'danger' as const },
      { cache: false, status: 429 },
    );
  }
  let body: URLSearchParams;
  try {
    body = await readFormBody(req);
  } catch {
    return unavailable(ctx, 413);
  }
  const posted = readCallback(body, ctx.lang);
  let errors: FieldError[] = localErrors(ctx, posted.values);
  let freshToken = false;
  if (errors.length === 0) {
    try {
      await deps.api.sendCallback(callbackPayload(posted));
      res.setHeader('Location', pathOf(deps.basePath, ctx.lang, { name: 'callbackThanks' }));
      res.setHeader('Cache-Control', NO_STORE);
      res.writeHead(303);
      res.end();
      return { kind: 'done' };
    } catch (error) {
      const outcome = outcomeOf(error, ctx.t);
      if (outcome.kind === 'rateLimited') {
        return page(
          MessagePage,
          { ctx, title: c.rateLimitedTitle, text: c.rateLimitedText, tone: 'danger' as const },
          { cache: false, status: 429 },
        );
      }
      if (outcome.kind === 'unavailable') return unavailable(ctx, 502);
      errors = outcome.errors;
      freshToken = outcome.freshToken;
    }
  }
  let form;
  try {
    form = await deps.api.callbackForm(ctx.lang);
  } catch {
    return unavailable(ctx);
  }
  const token = freshToken || !posted.token ? form.token : posted.token;
  const props = callbackFormProps(ctx, { ...form, token }, posted.values, errors);
  return page(CallbackPage, { ctx, form: props }, { cache: false, status: 400 });
}

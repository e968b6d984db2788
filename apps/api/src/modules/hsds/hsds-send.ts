import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { answerKey, type DirectoryCache, type KeptAnswer } from '../../common/cache/directory-cache';
import { HSDS_PER_PAGE_MAX, type HsdsPageQueryDto } from './dto/hsds-query.dto';
import type { HsdsPage } from './hsds-page';
import type { Dated } from './hsds.service';

/** A directory consumer (211, Bundesportal) may keep an answer for five minutes, as the portal's. */
export const HSDS_CACHE_CONTROL = 'public, max-age=300';

/** The media type of `format=ndjson`: one JSON record per line. */
export const NDJSON = 'application/x-ndjson; charset=utf-8';

/** Cache headers of every successful answer; Express adds the ETag and answers 304 when fresh. */
export function cacheable<T>(res: Response, answer: Dated<T>): T {
  res.setHeader('Cache-Control', HSDS_CACHE_CONTROL);
  res.setHeader('Last-Modified', answer.modified.toUTCString());
  return answer.body;
}

/** A kept answer (DirectoryCache) as the route's JSON body, with the same cache headers. */
export function sendKept(res: Response, kept: KeptAnswer): string {
  res.setHeader('Cache-Control', HSDS_CACHE_CONTROL);
  if (kept.modified) res.setHeader('Last-Modified', kept.modified.toUTCString());
  res.type('application/json');
  return kept.json;
}

/** Where a list route keeps its pages: the cache, and the route's name in the key. */
export interface KeptPages {
  cache: DirectoryCache;
  route: string;
}

/**
 * A list route's answer: the page as JSON (with its ETag), or with `format=ndjson` every result
 * of the query, unpaged, streamed one record per line (`page` and `per_page` do not apply: the
 * pages of 1,000 are read one after another, so memory stays flat however long the list is).
 * A streamed answer carries Last-Modified (no ETag: its body is not known in advance), and a
 * fresh `If-Modified-Since` gets 304.
 */
export async function sendList<Q extends HsdsPageQueryDto, T extends object>(
  req: Request,
  res: Response,
  query: Q,
  pageOf: (query: Q) => Promise<Dated<HsdsPage<T>>>,
  modified: () => Promise<Date>,
  kept: KeptPages,
): Promise<void> {
  if (query.format !== 'ndjson') {
    res.send(sendKept(res, await kept.cache.answer(answerKey(kept.route, query), () => pageOf(query))));
    return;
  }
  cacheable(res, { body: null, modified: await modified() });
  res.setHeader('Content-Type', NDJSON);
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  try {
    for (let page = 1; ; page++) {
      const { body } = await pageOf({ ...query, page, per_page: HSDS_PER_PAGE_MAX });
      const chunk = body.contents.map((record) => `${JSON.stringify(record)}\n`).join('');
      if (chunk !== '' && !res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
      if (body.last_page || body.empty) break;
    }
    res.end();
  } catch (err) {
    // the status line is sent: a consumer sees a cut stream (no final newline), never a half record as whole
    new Logger('HSDS').error(`ndjson stream broke off: ${String(err)}`);
    res.destroy(err instanceof Error ? err : new Error(String(err)));
  }
}

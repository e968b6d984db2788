import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  pickPublic,
  serviceLifeSituations,
  serviceRef,
  withFallback,
  type PortalLang,
  type PublicRecord,
} from '@lotsen/domain';
import { AppException } from '../../common/errors/app.exception';
import type { PortalServicesQueryDto } from './dto/portal-services-query.dto';
import { serviceSearchSql } from './portal-services-search';
import { runPortalSearch } from './portal-search';
import type { PortalList } from './portal.service';
import { translatedChecklist, translatedTexts } from './portal-translations';

interface ServiceRow {
  id: string;
  leika_key: string | null;
  title_de: string;
  description_de: string | null;
  responsible_provider_id: string;
  online_url: string | null;
  checklist: string[];
  category_keys: string[];
  life_situation_keys: string[];
  last_checked_at: string | null;
  updated_at: Date;
}

/** The columns a public service may be built from: never `SELECT *`. */
const SERVICE_COLUMNS = `s.id, s.leika_key, s.title_de, s.description_de, s.responsible_provider_id, s.online_url,
  s.checklist, s.category_keys, s.life_situation_keys, to_char(s.last_checked_at, 'YYYY-MM-DD') AS last_checked_at,
  s.updated_at`;

/**
 * The Familienportal's Verwaltungsleistungen (issue 17 point 4; docs/portal.md): active services
 * of active responsible bodies, each with that body (address, opening hours, phone), what to
 * bring, the online application where one exists and the LeiKa key where one is confirmed.
 * Read-only; every answer built through libs/domain `pickPublic`. Title, description and
 * checklist come in the language asked for, each falling back to German (docs/portal.md
 * "Übersetzungen").
 */
@Injectable()
export class PortalServicesService {
  constructor(private readonly db: DataSource) {}

  async services(query: PortalServicesQueryDto): Promise<PortalList> {
    const lang = query.lang ?? 'de';
    const { sql, params } = serviceSearchSql(query);
    const hits = await runPortalSearch<{ id: string; total: string }>(this.db, { sql, params });
    const rows = await this.serviceRows({ ids: hits.map((h) => h.id) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ordered = hits.map((h) => byId.get(h.id)).filter((r): r is ServiceRow => r !== undefined);
    let total = hits.length > 0 ? Number(hits[0].total) : 0;
    if (hits.length === 0 && (query.offset ?? 0) > 0) total = await this.count(query);
    return { lang, total, items: await this.present(ordered, lang) };
  }

  /** How many services match (for a page beyond the last one). */
  private async count(query: PortalServicesQueryDto): Promise<number> {
    const { sql, params } = serviceSearchSql({ ...query, offset: 0, limit: 1 });
    const hits = await runPortalSearch<{ total: string }>(this.db, { sql, params });
    return hits.length > 0 ? Number(hits[0].total) : 0;
  }

  /** One active service by its LeiKa key or id; 404 NOT_FOUND when there is none. */
  async service(leikaKeyOrId: string, lang: PortalLang): Promise<PublicRecord> {
    const ref = serviceRef(leikaKeyOrId);
    const rows = ref
      ? await this.serviceRows('leikaKey' in ref ? { leikaKey: ref.leikaKey } : { ids: [ref.id] })
      : [];
    if (rows.length === 0) throw AppException.notFound('Service');
    const [service] = await this.present(rows, lang);
    return service;
  }

  /** Active services of active providers only: an inactive one does not exist for the public. */
  private serviceRows(by: { ids: string[] } | { leikaKey: string }): Promise<ServiceRow[]> {
    if ('ids' in by && by.ids.length === 0) return Promise.resolve([]);
    const [condition, value] =
      'ids' in by ? ['s.id = ANY ($1::uuid[])', by.ids] : ['s.leika_key = $1', by.leikaKey];
    return this.db.query(
      `SELECT ${SERVICE_COLUMNS} FROM services s JOIN providers p ON p.id = s.responsible_provider_id
        WHERE ${condition} AND s.active AND p.active`,
      [value],
    );
  }

  private async present(rows: ServiceRow[], lang: PortalLang): Promise<PublicRecord[]> {
    if (rows.length === 0) return [];
    const [providers, categories, translated] = await Promise.all([
      this.db.query(
        `SELECT id, name, kind, address, phone, email, website, languages, opening_hours AS "openingHours",
                opening_schedule AS "openingSchedule"
           FROM providers WHERE id = ANY ($1::uuid[])`,
        [[...new Set(rows.map((r) => r.responsible_provider_id))]],
      ) as Promise<PublicRecord[]>,
      this.db.query(
        `SELECT key, CASE WHEN $2 = 'en' THEN label_en ELSE label_de END AS label
           FROM need_categories WHERE key = ANY ($1::text[]) ORDER BY sort_order, key`,
        [[...new Set(rows.flatMap((r) => r.category_keys))], lang],
      ) as Promise<PublicRecord[]>,
      translatedTexts(
        this.db,
        'service',
        rows.map((r) => r.id),
        lang,
      ),
    ]);
    const provider = new Map(providers.map((p) => [p.id, p]));
    return rows.map((r) => {
      // the texts in the language asked for, field by field falling back to German
      const own = translated.get(r.id) ?? {};
      const { texts, textLang } = withFallback(
        lang,
        { title: r.title_de, description: r.description_de },
        own,
        'title',
      );
      return pickPublic('service', {
        id: r.id,
        leikaKey: r.leika_key,
        title: texts.title,
        description: texts.description,
        textLang,
        providerId: r.responsible_provider_id,
        provider: provider.get(r.responsible_provider_id) ?? null,
        onlineUrl: r.online_url,
        checklist: translatedChecklist(own.checklist) ?? r.checklist,
        categoryKeys: r.category_keys,
        categories: categories.filter((c) => r.category_keys.includes(c.key as string)),
        lifeSituationKeys: serviceLifeSituations(r.life_situation_keys, r.category_keys),
        lastCheckedAt: r.last_checked_at,
        updatedAt: r.updated_at,
      });
    });
  }
}

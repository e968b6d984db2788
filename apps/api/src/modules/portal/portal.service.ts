import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  LIFE_SITUATIONS,
  lifeSituationIntro,
  lifeSituationsOf,
  pickPublic,
  type OpeningSlot,
  withFallback,
  type PortalLang,
  type PublicRecord,
  publicReach,
} from '@lotsen/domain';
import { AppException } from '../../common/errors/app.exception';
import type { PortalOffersQueryDto } from './dto/portal-query.dto';
import { offerSearchSql, runPortalSearch } from './portal-search';
import { lifeSituationIntros, translatedTexts } from './portal-translations';

export interface PortalList {
  lang: PortalLang;
  total: number;
  items: PublicRecord[];
}

/** An offer's row as the public answers read it (the HSDS API too). */
export interface OfferRow {
  id: string;
  title: string;
  description: string | null;
  provider_id: string;
  category_keys: string[];
  district_ids: string[];
  languages: string[];
  age_from: number | null;
  age_to: number | null;
  address: string | null;
  address_hidden: boolean;
  phone: string | null;
  email: string | null;
  opening_hours: string | null;
  opening_schedule: OpeningSlot[];
  capacity: string;
  cost_free: boolean | null;
  updated_at: Date;
  confirmed_at: Date;
}

/** The columns a public offer may be built from: never `SELECT *`. */
const OFFER_COLUMNS = `o.id, o.title, o.description, o.provider_id, o.category_keys, o.district_ids, o.languages,
  o.age_from, o.age_to, o.address, o.address_hidden, o.phone, o.email, o.opening_hours, o.opening_schedule, o.capacity,
  o.cost_free, o.updated_at, o.confirmed_at`;

/**
 * The Familienportal's read-only public data (issue 17, first slice). Every answer is built
 * through libs/domain `pickPublic`; nothing is written, nothing about the caller is kept.
 * Texts come in the language asked for, field by field falling back to German, with `textLang`
 * (docs/portal.md "Übersetzungen").
 */
@Injectable()
export class PortalService {
  constructor(private readonly db: DataSource) {}

  /** The ten life situations, each with its intro in the language (else German, else null). */
  async lifeSituations(lang: PortalLang): Promise<{ lang: PortalLang; items: PublicRecord[] }> {
    const intros = await lifeSituationIntros(this.db, lang);
    return {
      lang,
      items: LIFE_SITUATIONS.map((s) => {
        const { intro, textLang } = lifeSituationIntro(lang, intros.get(s.key) ?? {});
        return pickPublic('life_situation', {
          key: s.key,
          label: s.labels[lang],
          categoryKeys: [...s.categoryKeys],
          intro,
          textLang,
        });
      }),
    };
  }

  async offers(query: PortalOffersQueryDto): Promise<PortalList> {
    const lang = query.lang ?? 'de';
    const { sql, params } = offerSearchSql(query);
    const hits = await runPortalSearch<{ id: string; total: string }>(this.db, { sql, params });
    const rows = await this.offerRows(hits.map((h) => h.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ordered = hits.map((h) => byId.get(h.id)).filter((r): r is OfferRow => r !== undefined);
    let total = hits.length > 0 ? Number(hits[0].total) : 0;
    if (hits.length === 0 && (query.offset ?? 0) > 0)
      total = await this.count({ ...query, offset: 0, limit: 1 });
    return { lang, total, items: await this.present(ordered, lang) };
  }

  async offer(id: string, lang: PortalLang): Promise<PublicRecord> {
    const [row] = await this.offerRows([id]);
    if (!row) throw AppException.notFound('Offer');
    const [offer] = await this.present([row], lang);
    return offer;
  }

  private async count(query: PortalOffersQueryDto): Promise<number> {
    const { sql, params } = offerSearchSql(query);
    const hits = await runPortalSearch<{ total: string }>(this.db, { sql, params });
    return hits.length > 0 ? Number(hits[0].total) : 0;
  }

  /** Active offers of active providers only: an inactive one does not exist for the public. */
  private offerRows(ids: string[]): Promise<OfferRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.query(
      `SELECT ${OFFER_COLUMNS} FROM offers o JOIN providers p ON p.id = o.provider_id
        WHERE o.id = ANY ($1::uuid[]) AND o.active AND p.active`,
      [ids],
    );
  }

  private async present(rows: OfferRow[], lang: PortalLang): Promise<PublicRecord[]> {
    if (rows.length === 0) return [];
    const [providers, districts, categories, translated] = await Promise.all([
      this.db.query(
        `SELECT id, name, kind, address, phone, email, website, languages, opening_schedule AS "openingSchedule"
           FROM providers WHERE id = ANY ($1::uuid[])`,
        [[...new Set(rows.map((r) => r.provider_id))]],
      ) as Promise<PublicRecord[]>,
      this.db.query(
        `SELECT id, code, name FROM districts WHERE id = ANY ($1::uuid[]) ORDER BY sort_order, code`,
        [[...new Set(rows.flatMap((r) => r.district_ids))]],
      ) as Promise<PublicRecord[]>,
      this.db.query(
        `SELECT key, CASE WHEN $2 = 'en' THEN label_en ELSE label_de END AS label
           FROM need_categories WHERE key = ANY ($1::text[]) ORDER BY sort_order, key`,
        [[...new Set(rows.flatMap((r) => r.category_keys))], lang],
      ) as Promise<PublicRecord[]>,
      translatedTexts(
        this.db,
        'offer',
        rows.map((r) => r.id),
        lang,
      ),
    ]);
    const provider = new Map(providers.map((p) => [p.id, p]));
    return rows.map((r) => {
      // the texts in the language asked for, field by field falling back to German
      const { texts, textLang } = withFallback(
        lang,
        { title: r.title, description: r.description },
        translated.get(r.id) ?? {},
        'title',
      );
      return pickPublic('offer', {
        id: r.id,
        title: texts.title,
        description: texts.description,
        textLang,
        providerId: r.provider_id,
        provider: provider.get(r.provider_id) ?? null,
        categoryKeys: r.category_keys,
        categories: categories.filter((c) => r.category_keys.includes(c.key as string)),
        lifeSituationKeys: lifeSituationsOf(r.category_keys),
        districtIds: r.district_ids,
        districts: districts.filter((d) => r.district_ids.includes(d.id as string)),
        languages: r.languages,
        ageFrom: r.age_from,
        ageTo: r.age_to,
        // a hidden address (a women's shelter) never leaves the server: the phone only
        ...publicReach(r.address, r.email, r.address_hidden),
        phone: r.phone,
        openingHours: r.opening_hours,
        openingSchedule: r.opening_schedule,
        capacity: r.capacity,
        costFree: r.cost_free,
        updatedAt: r.updated_at,
        confirmedAt: r.confirmed_at,
      });
    });
  }
}

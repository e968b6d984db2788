import { findLifeSituation } from '@lotsen/domain';
import type { PortalServicesQueryDto } from './dto/portal-services-query.dto';
import { searchRanking, translatedText, type SearchSql } from './portal-search';

/**
 * The SQL of the portal's search over Verwaltungsleistungen, by the offers' rules (docs/portal.md,
 * "Search that forgives"): a service's search text is its title, description, LeiKa key, the
 * responsible body's name, its categories' labels and its translated titles and descriptions
 * (every language), folded by `lotsen_portal_fold`. What to
 * bring (the checklist) is not searched: "Geburtsurkunde" finds the Geburtsurkunde, not every
 * service that asks for one. Only active services of active providers.
 */
const DOC = `concat_ws(' ', lotsen_portal_fold(concat_ws(' ', s.title_de, s.description_de, s.leika_key, p.name,
  (SELECT string_agg(c.label_de || ' ' || c.label_en, ' ') FROM need_categories c WHERE c.key = ANY (s.category_keys)))),
  ${translatedText('service', 's.id', ['title', 'description'])})`;

/** The folded titles of a service in every language: the German one and its translations. */
const TITLES = `concat_ws(' ', lotsen_portal_fold(s.title_de), ${translatedText('service', 's.id', ['title'])})`;

/** One page of matching service ids, best first, each row with the total count. */
export function serviceSearchSql(query: PortalServicesQueryDto): SearchSql {
  const params: unknown[] = [];
  const p = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['s.active', 'p.active'];
  if (query.lifeSituation) {
    const categories = findLifeSituation(query.lifeSituation)?.categoryKeys ?? [];
    where.push(
      `(s.life_situation_keys @> ARRAY[${p(query.lifeSituation)}::text] OR s.category_keys && ${p(categories)}::text[])`,
    );
  }
  const { score, match } = searchRanking(query.q, p);
  const limit = p(query.limit ?? 20);
  const offset = p(query.offset ?? 0);
  const sql = `
    WITH candidates AS (
      SELECT s.id, s.title_de AS title, ${TITLES} AS titles, ${DOC} AS doc
        FROM services s JOIN providers p ON p.id = s.responsible_provider_id
       WHERE ${where.join(' AND ')}
    ),
    folded AS (SELECT id, title, titles, doc, replace(doc, ' ', '') AS compact FROM candidates)
    SELECT id, count(*) OVER () AS total
      FROM (SELECT id, title, ${score} AS score FROM folded WHERE ${match}) hits
     ORDER BY score DESC, title, id
     LIMIT ${limit} OFFSET ${offset}`;
  return { sql, params };
}

// The reference data the migrations wrote (districts, need categories), and the weighted picks
// over them and the other distributions of weights.mjs.
import { picker } from './random.mjs';
import { CATEGORY_WEIGHTS, CHANNELS, DISTRICT_WEIGHTS, LANGS, UNMET_REASONS } from './weights.mjs';

export async function loadReference(db) {
  const districts = (await db.query(`SELECT id, code FROM districts`)).rows;
  const districtId = Object.fromEntries(districts.map((d) => [d.code, d.id]));
  const categories = (await db.query(`SELECT key FROM need_categories WHERE active`)).rows.map((r) => r.key);
  // only the categories the database holds (and keeps active), in the order of CATEGORY_WEIGHTS
  const categoryWeights = Object.fromEntries(
    Object.entries(CATEGORY_WEIGHTS).filter(([k]) => categories.includes(k)),
  );
  return {
    districtId,
    pickDistrict: picker(DISTRICT_WEIGHTS),
    pickChannel: picker(CHANNELS),
    pickCategory: picker(categoryWeights),
    pickUnmet: picker(UNMET_REASONS),
    pickLang: picker(LANGS),
  };
}

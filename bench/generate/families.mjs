// Families and their members: drawn first (office, owner, district, creation time, name), loaded
// last but one (after every later step moved their last activity), through COPY with the
// families' search_text derived set-based as the search trigger would leave it.
import { dist } from '../lib.mjs';
import { arr, copy } from './copy.mjs';
import { DAY, iso } from './random.mjs';
import { CHILD_NAMES, FAMILY_NO_DISTRICT, FIRST_NAMES, SURNAMES } from './weights.mjs';

const { familyNameKey, koelnerPhonetik } = dist('libs/domain/src/case-work/koelner-phonetik.js');
const { personNameKey, transliterationKey } = dist('libs/domain/src/case-work/transliteration.js');

export function drawFamilies(g) {
  const { N, sub, officeWeights, weightSum, counsellorsByOffice, districtId, pickDistrict } = g;
  const { officeTime, growingTime } = g;
  const F = N.families;
  const famId = new Array(F);
  const famOffice = new Uint16Array(F);
  const famOwner = new Uint32Array(F);
  const famDistrict = new Array(F);
  const famCreated = new Float64Array(F);
  const famLast = new Float64Array(F);
  const famName = new Array(F);
  {
    const r = sub('families');
    const officeCum = [];
    let acc = 0;
    for (const w of officeWeights) officeCum.push((acc += w / weightSum));
    for (let i = 0; i < F; i++) {
      famId[i] = r.uuid();
      const x = r.next();
      let o = 0;
      while (officeCum[o] < x) o++;
      famOffice[i] = o;
      famOwner[i] = r.pick(counsellorsByOffice[o]);
      famDistrict[i] = r.chance(FAMILY_NO_DISTRICT) ? null : districtId[pickDistrict(r)];
      famCreated[i] = officeTime(r, growingTime(r));
      famLast[i] = famCreated[i];
      const surname = r.pick(SURNAMES);
      famName[i] = r.chance(0.7)
        ? `Familie ${surname}`
        : r.chance(0.5)
          ? surname
          : `${surname}-${r.pick(SURNAMES)}`;
    }
  }
  return { famId, famOffice, famOwner, famDistrict, famCreated, famLast, famName };
}

const phoneticCache = new Map();
const phon = (fn, s) => {
  const key = `${fn.name}:${s}`;
  let v = phoneticCache.get(key);
  if (v === undefined) phoneticCache.set(key, (v = fn(s)));
  return v;
};

/** Families and persons COPYed, families.search_text derived; the number of persons. */
export async function loadFamilies(g) {
  const { db, N, sub, END, offices, users, pickLang } = g;
  const { famId, famOffice, famOwner, famDistrict, famCreated, famLast, famName } = g;
  const F = N.families;
  let personCount = 0;
  {
    const r = sub('persons');
    const famOrder = Uint32Array.from({ length: F }, (_, i) => i).sort(
      (a, b) => famCreated[a] - famCreated[b] || a - b,
    );
    const household = new Array(F);
    function* familyRows() {
      for (const f of famOrder) {
        const single = r.chance(0.3);
        const children = Math.min(8, Math.floor(-Math.log(1 - r.next()) * 1.6) + (r.chance(0.85) ? 1 : 0));
        const languages = r.chance(0.68) ? ['de'] : r.chance(0.5) ? ['de', pickLang(r)] : [pickLang(r)];
        household[f] = { single, children, languages };
        const interpreter = !languages.includes('de') && r.chance(0.6);
        const created = famCreated[f];
        // a family quiet for about a year is closed by its counsellor (an update: it moves lastActivityAt)
        const closeAt = famLast[f] + r.int(300, 365) * DAY;
        const status = closeAt < END && r.chance(0.6) ? 'closed' : 'active';
        const last = status === 'closed' ? closeAt : famLast[f];
        yield [
          famId[f],
          offices[famOffice[f]].id,
          users[famOwner[f]].id,
          famName[f],
          phon(familyNameKey, famName[f]),
          phon(transliterationKey, famName[f]),
          famDistrict[f],
          (single ? 1 : 2) + children,
          children,
          single,
          arr(languages),
          interpreter,
          status,
          '',
          iso(last),
          users[famOwner[f]].id,
          status === 'closed' ? 2 : 1,
          iso(created),
          iso(last),
        ];
      }
    }
    await copy(
      db,
      'families',
      [
        'id',
        'office_id',
        'owner_id',
        'name',
        'name_phonetic',
        'name_key',
        'district_id',
        'household_size',
        'children_count',
        'single_parent',
        'languages',
        'interpreter_needed',
        'status',
        'search_text',
        'last_activity_at',
        'created_by_id',
        'version',
        'created_at',
        'updated_at',
      ],
      familyRows(),
    );
    function* personRows() {
      for (const f of famOrder) {
        const h = household[f];
        const surname = famName[f].replace(/^Familie /, '').split('-')[0];
        const when = iso(famCreated[f]);
        const row = (relation, first, birth, phone, email) => {
          personCount++;
          return [
            r.uuid(),
            famId[f],
            offices[famOffice[f]].id,
            relation,
            first,
            surname,
            phon(koelnerPhonetik, surname),
            personNameKey(first, surname),
            birth,
            phone,
            email,
            1,
            when,
            when,
          ];
        };
        const year = new Date(famCreated[f]).getUTCFullYear();
        const date = (y) =>
          `${y}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
        for (let p = 0; p < (h.single ? 1 : 2); p++) {
          const first = r.pick(FIRST_NAMES);
          yield row(
            'parent',
            first,
            r.chance(0.7) ? date(year - r.int(19, 48)) : null,
            p === 0 && r.chance(0.75) ? `0176 ${r.digits(8)}` : null,
            p === 0 && r.chance(0.3) ? `${first.toLowerCase()}.${f}@mail.example` : null,
          );
        }
        for (let c = 0; c < h.children; c++)
          yield row('child', r.pick(CHILD_NAMES), date(Math.min(year - r.int(0, 17), 2026)), null, null);
      }
    }
    await copy(
      db,
      'persons',
      [
        'id',
        'family_id',
        'office_id',
        'relation',
        'first_name',
        'last_name',
        'last_name_phonetic',
        'name_key',
        'birth_date',
        'phone',
        'email',
        'version',
        'created_at',
        'updated_at',
      ],
      personRows(),
    );
  }
  // families.search_text: the body of lotsen_refresh_family_search(), run once per family after its
  // last member was written — what the trigger leaves behind.
  await db.query(`
  UPDATE families f SET search_text = lotsen_fold(concat_ws(' ', f.name,
    (SELECT string_agg(concat_ws(' ', p.first_name, p.last_name, regexp_replace(coalesce(p.phone, ''), '[^0-9]', '', 'g')), ' ')
       FROM persons p WHERE p.family_id = f.id)))`);
  await db.query(`VACUUM FULL families`);
  return personCount;
}

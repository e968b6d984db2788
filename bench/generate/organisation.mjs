// The organisation around the families: offices, their users (counsellors, team leads, an analyst,
// an admin, one user per provider), providers and their offers. All from the main generator `rng`.
import argon2 from 'argon2';
import { BENCH_DOMAIN, BENCH_PASSWORD } from '../lib.mjs';
import { arr, copy } from './copy.mjs';
import { DAY, iso, picker } from './random.mjs';

export async function loadOrganisation(g) {
  const { db, rng, S, N, START, districtId, pickDistrict, pickCategory } = g;
  const officeCount = Math.max(3, Math.round(1.2 * S));
  const officeWeights = Array.from({ length: officeCount }, (_, i) => (i === 0 ? 3 : 1));
  const offices = officeWeights.map((_, i) => ({
    id: rng.uuid(),
    name: i === 0 ? 'Familienbüro Potsdam' : `Außenstelle ${i}`,
    kind: i === 0 ? 'main' : 'outreach',
  }));
  const officeCreated = START - 30 * DAY;
  await copy(
    db,
    'offices',
    ['id', 'name', 'kind', 'address', 'created_at', 'updated_at'],
    offices.map((o, i) => [
      o.id,
      o.name,
      o.kind,
      `Friedrich-Ebert-Straße ${79 + i}, 14469 Potsdam`,
      iso(officeCreated),
      iso(officeCreated),
    ]),
  );

  const passwordHash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });
  const users = []; // {id, email, role, officeIdx, providerIdx}
  const weightSum = officeWeights.reduce((a, b) => a + b, 0);
  const counsellorsByOffice = offices.map(() => []);
  for (let o = 0; o < officeCount; o++) {
    const familiesHere = (N.families * officeWeights[o]) / weightSum;
    const counsellors = Math.max(3, Math.ceil(familiesHere / 1000));
    for (let c = 0; c < counsellors; c++) {
      counsellorsByOffice[o].push(users.length);
      users.push({
        email: `beratung${o}-${c}@${BENCH_DOMAIN}`,
        role: 'counsellor',
        officeIdx: o,
        name: `Berater*in ${o}-${c}`,
      });
    }
    const leads = o === 0 ? 2 : 1;
    for (let l = 0; l < leads; l++)
      users.push({
        email: `teamleitung${o}-${l}@${BENCH_DOMAIN}`,
        role: 'team_lead',
        officeIdx: o,
        name: `Teamleitung ${o}-${l}`,
      });
  }
  users.push({
    email: `sozialplanung@${BENCH_DOMAIN}`,
    role: 'analyst',
    officeIdx: null,
    name: 'Sozialplanung',
  });
  users.push({ email: `admin@${BENCH_DOMAIN}`, role: 'admin', officeIdx: null, name: 'Administration' });

  const providerCount = Math.min(400, Math.round(40 * S));
  const providerKinds = picker({ independent: 60, city_department: 15, health: 15, other: 10 });
  const providers = Array.from({ length: providerCount }, (_, i) => ({
    id: rng.uuid(),
    name: `Träger ${String(i + 1).padStart(3, '0')} ${rng.pick(['e. V.', 'gGmbH', 'Stiftung', 'Beratungsstelle', 'Praxis'])}`,
    kind: providerKinds(rng),
    district: districtId[pickDistrict(rng)],
  }));
  await copy(
    db,
    'providers',
    ['id', 'name', 'kind', 'district_id', 'phone', 'email', 'languages', 'created_at', 'updated_at'],
    providers.map((p, i) => [
      p.id,
      p.name,
      p.kind,
      p.district,
      `0331 ${200000 + i}`,
      `kontakt${i}@traeger.example`,
      arr(['de']),
      iso(officeCreated),
      iso(officeCreated),
    ]),
  );
  for (let p = 0; p < providerCount; p++)
    users.push({
      email: `traeger${p}@${BENCH_DOMAIN}`,
      role: 'provider',
      providerIdx: p,
      officeIdx: null,
      name: `Träger-Nutzer*in ${p}`,
    });
  for (const u of users) u.id = rng.uuid();
  await copy(
    db,
    'users',
    [
      'id',
      'email',
      'display_name',
      'role',
      'office_id',
      'provider_id',
      'password_hash',
      'created_at',
      'updated_at',
    ],
    users.map((u) => [
      u.id,
      u.email,
      u.name,
      u.role,
      u.officeIdx === null ? null : offices[u.officeIdx].id,
      u.providerIdx === undefined ? null : providers[u.providerIdx].id,
      passwordHash,
      iso(officeCreated),
      iso(officeCreated),
    ]),
  );

  const offers = []; // {id, providerIdx, cats}
  const offersByCategory = new Map();
  for (let p = 0; p < providerCount; p++) {
    const k = rng.int(1, 4);
    for (let j = 0; j < k; j++) {
      const cats = [...new Set([pickCategory(rng), pickCategory(rng)])];
      const offer = { id: rng.uuid(), providerIdx: p, cats };
      offers.push(offer);
      for (const c of cats) {
        if (!offersByCategory.has(c)) offersByCategory.set(c, []);
        offersByCategory.get(c).push(offers.length - 1);
      }
    }
  }
  await copy(
    db,
    'offers',
    [
      'id',
      'provider_id',
      'title',
      'category_keys',
      'district_ids',
      'languages',
      'capacity',
      'created_at',
      'updated_at',
    ],
    offers.map((o, i) => [
      o.id,
      providers[o.providerIdx].id,
      `Angebot ${i + 1}: ${o.cats.join(', ')}`,
      arr(o.cats),
      arr([]),
      arr(['de']),
      rng.pick(['available', 'available', 'waitlist', 'full']),
      iso(officeCreated),
      iso(officeCreated),
    ]),
  );

  return {
    officeCount,
    officeWeights,
    weightSum,
    offices,
    counsellorsByOffice,
    users,
    providerCount,
    providers,
    offers,
    offersByCategory,
  };
}

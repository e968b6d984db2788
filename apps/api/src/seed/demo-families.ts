import { familyNameKey, koelnerPhonetik } from '@lotsen/domain';
import { addMinutes, iso, isoDate } from './demo-calendar';
import type { CaseWorkCtx, FamilyDraft } from './demo-case-work-context';
import type { DemoConsentRow, DemoPersonRow } from './demo-case-work-rows';
import { FAMILY_DISTRICTS } from './demo-case-work-texts';
import { emailAddress, feminineSurname, NAMES, ORIGIN_WEIGHTS, phoneNumber } from './demo-names';
import { STAFF, type DemoOfficeKey } from './demo-offices-users';

/** The families and their members (parents, children, now and then another adult). */
export function buildFamilies(
  ctx: CaseWorkCtx,
  familyCount: number,
): { families: FamilyDraft[]; persons: DemoPersonRow[] } {
  const { T, lastDay, rng, ids, days, officeTime } = ctx;
  const fr = rng('families');
  const families: FamilyDraft[] = [];
  const persons: DemoPersonRow[] = [];
  const schlaatzFamilies = Math.round(familyCount * 0.3);
  for (let i = 0; i < familyCount; i++) {
    const officeKey: DemoOfficeKey = i < schlaatzFamilies ? 'schlaatz' : 'main';
    const origin = fr.weighted(ORIGIN_WEIGHTS[officeKey]);
    const names = NAMES[origin];
    const surname = fr.pick(names.surnames);
    const singleParent = fr.chance(0.25);
    const childrenCount = Number(fr.weighted({ 1: 38, 2: 34, 3: 17, 4: 7, 5: 4 }));
    const extraAdult = fr.chance(0.05);
    const languages = [...fr.weightedItem(names.languages, ([, w]) => w)[0]];
    const districtCode = fr.weighted(FAMILY_DISTRICTS[officeKey]);
    const owner = fr.weighted(STAFF[officeKey]);
    const createdDay = days.pick(fr) ?? lastDay;
    const createdAt = officeTime(fr, createdDay);
    const span = Number(fr.weighted({ 30: 25, 90: 30, 180: 25, 365: 20 }));
    const id = ids.uuid();
    const name = fr.chance(0.55) ? `Familie ${surname}` : surname;
    const family: FamilyDraft = {
      origin,
      createdDay,
      createdAt,
      engagementEnd: Math.min(lastDay, createdDay + span),
      youngestChildAge: 0,
      hasPhone: false,
      hasEmail: false,
      contacts: [],
      usedCategories: new Set(),
      row: {
        id,
        officeKey,
        ownerEmail: owner,
        name,
        namePhonetic: familyNameKey(name),
        districtCode,
        householdSize: Math.min(30, (singleParent ? 1 : 2) + childrenCount + (extraAdult ? 1 : 0)),
        childrenCount,
        singleParent,
        languages,
        interpreterNeeded: !languages.includes('de'),
        status: 'active',
        lastActivityAt: '',
        createdByEmail: owner,
        createdAt: '',
        updatedAt: '',
      },
    };
    families.push(family);

    // children: the youngest mostly small, siblings 1–5 years apart
    const ages: number[] = [];
    let age = Number(
      fr.weighted({
        0: 18,
        1: 12,
        2: 10,
        3: 9,
        4: 8,
        5: 7,
        6: 6,
        7: 5,
        8: 5,
        9: 4,
        10: 4,
        11: 3,
        12: 3,
        13: 2,
        14: 2,
        15: 1,
        16: 1,
        17: 1,
      }),
    );
    for (let c = 0; c < childrenCount; c++) {
      ages.push(Math.min(17, age));
      age += Number(fr.weighted({ 1: 2, 2: 4, 3: 3, 4: 2, 5: 1 }));
    }
    family.youngestChildAge = ages[0];
    const oldestBirthDay = T - ages[ages.length - 1] * 365 - fr.int(20, 360);
    const usedFirstNames = new Set<string>();
    const firstNameFrom = (pool: readonly string[]): string => {
      const free = pool.filter((n) => !usedFirstNames.has(n));
      const chosen = fr.pick(free.length > 0 ? free : pool);
      usedFirstNames.add(chosen);
      return chosen;
    };
    const created = iso(addMinutes(createdAt, 20));

    // parents: one for single parents (mostly mothers), else usually both
    const motherFirst = !singleParent || fr.chance(0.88);
    const parentCount = singleParent ? 1 : fr.chance(0.8) ? 2 : 1;
    for (let p = 0; p < parentCount; p++) {
      const female = p === 0 ? motherFirst : !motherFirst;
      const firstName = firstNameFrom(female ? names.women : names.men);
      let lastName = female ? feminineSurname(origin, surname) : surname;
      if (female && origin === 'de' && fr.chance(0.2)) lastName = fr.pick(names.surnames);
      const ageAtFirstBirth = female ? fr.int(19, 37) : fr.int(21, 42);
      const phone = fr.chance(p === 0 ? 0.8 : 0.6) ? phoneNumber(fr) : null;
      const email = fr.chance(p === 0 ? 0.42 : 0.32) ? emailAddress(fr, firstName, lastName) : null;
      family.hasPhone ||= phone !== null;
      family.hasEmail ||= email !== null;
      persons.push({
        id: ids.uuid(),
        familyId: id,
        officeKey,
        relation: 'parent',
        firstName,
        lastName,
        lastNamePhonetic: koelnerPhonetik(lastName),
        birthDate: isoDate(oldestBirthDay - ageAtFirstBirth * 365 - fr.int(0, 364)),
        phone,
        email,
        createdAt: created,
      });
    }
    for (const childAge of [...ages].reverse()) {
      const girl = fr.chance(0.49);
      const lastName = girl ? feminineSurname(origin, surname) : surname;
      const birthDay = childAge === 0 ? T - fr.int(10, 360) : T - childAge * 365 - fr.int(0, 360);
      persons.push({
        id: ids.uuid(),
        familyId: id,
        officeKey,
        relation: 'child',
        firstName: firstNameFrom(girl ? names.girls : names.boys),
        lastName,
        lastNamePhonetic: koelnerPhonetik(lastName),
        birthDate: isoDate(birthDay),
        phone: null,
        email: null,
        createdAt: created,
      });
    }
    if (extraAdult && fr.chance(0.5)) {
      const lastName = feminineSurname(origin, surname);
      persons.push({
        id: ids.uuid(),
        familyId: id,
        officeKey,
        relation: 'other',
        firstName: firstNameFrom(names.women),
        lastName,
        lastNamePhonetic: koelnerPhonetik(lastName),
        birthDate: isoDate(oldestBirthDay - fr.int(42, 55) * 365 - fr.int(0, 364)),
        phone: null,
        email: null,
        createdAt: created,
      });
    }
  }
  return { families, persons };
}

/** Consents: storing the data (every family), contact by phone / e-mail (some). */
export function buildConsents(ctx: CaseWorkCtx, families: FamilyDraft[]): DemoConsentRow[] {
  const { rng, ids } = ctx;
  const kr = rng('consents');
  const consents: DemoConsentRow[] = [];
  for (const family of families) {
    const base = {
      familyId: family.row.id,
      officeKey: family.row.officeKey,
      givenAt: iso(addMinutes(family.createdAt, 15)),
      recordedByEmail: family.row.createdByEmail,
    };
    consents.push({
      id: ids.uuid(),
      scope: 'store_data',
      form: kr.weighted({ written: 6, oral: 3, electronic: 1 }),
      ...base,
    });
    if (family.hasPhone && kr.chance(0.5))
      consents.push({ id: ids.uuid(), scope: 'contact_by_phone', form: 'oral', ...base });
    if (family.hasEmail && kr.chance(0.5))
      consents.push({ id: ids.uuid(), scope: 'contact_by_email', form: 'written', ...base });
  }
  return consents;
}

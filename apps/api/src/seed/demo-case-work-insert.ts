import type { EntityManager } from 'typeorm';
import { personNameKey, transliterationKey } from '@lotsen/domain';
import type { DemoCaseWork } from './demo-case-work-rows';
import { DEMO_CASE_WORK_OFFICES, STAFF, type DemoOfficeKey } from './demo-offices-users';
import { insertRows } from './insert-rows';

/** Resolves offices, staff and districts by name, e-mail and code, then inserts every row. */
export async function insertDemoCaseWork(em: EntityManager, data: DemoCaseWork): Promise<boolean> {
  const officeRows: { id: string; name: string }[] = await em.query(
    `SELECT id, name FROM offices WHERE lower(name) = ANY($1)`,
    [Object.values(DEMO_CASE_WORK_OFFICES).map((n) => n.toLowerCase())],
  );
  const office: Partial<Record<DemoOfficeKey, string>> = {};
  for (const [key, name] of Object.entries(DEMO_CASE_WORK_OFFICES) as [DemoOfficeKey, string][]) {
    office[key] = officeRows.find((o) => o.name.toLowerCase() === name.toLowerCase())?.id;
  }
  const staffEmails = Object.values(STAFF).flatMap((s) => Object.keys(s));
  const userRows: { id: string; email: string; office_id: string | null }[] = await em.query(
    `SELECT id, email, office_id FROM users WHERE email = ANY($1) AND role IN ('counsellor', 'team_lead')`,
    [staffEmails],
  );
  const user = new Map(userRows.map((u) => [u.email, u.id]));
  const missing = [
    ...(Object.keys(DEMO_CASE_WORK_OFFICES) as DemoOfficeKey[])
      .filter((k) => !office[k])
      .map((k) => DEMO_CASE_WORK_OFFICES[k]),
    ...(Object.entries(STAFF) as [DemoOfficeKey, Record<string, number>][]).flatMap(([key, staff]) =>
      Object.keys(staff).filter(
        (email) => userRows.find((u) => u.email === email)?.office_id !== office[key] || !office[key],
      ),
    ),
  ];
  if (missing.length > 0) {
    // Demo data must never stop a start: without the demo offices and staff there is nothing to attach it to.
    process.stderr.write(`Demo-Falldaten übersprungen: nicht gefunden: ${missing.join(', ')}\n`);
    return false;
  }
  const districtRows: { id: string; code: string }[] = await em.query(`SELECT id, code FROM districts`);
  const district = new Map(districtRows.map((d) => [d.code, d.id]));

  const officeId = (key: DemoOfficeKey) => office[key] as string;
  const userId = (email: string) => {
    const id = user.get(email);
    if (!id) throw new Error(`demo user ${email} not found`);
    return id;
  };
  const districtId = (code: string) => district.get(code) ?? null;

  await insertRows(
    em,
    'families',
    data.families.map((f) => ({
      id: f.id,
      office_id: officeId(f.officeKey),
      owner_id: userId(f.ownerEmail),
      name: f.name,
      name_phonetic: f.namePhonetic,
      name_key: transliterationKey(f.name),
      district_id: districtId(f.districtCode),
      household_size: f.householdSize,
      children_count: f.childrenCount,
      single_parent: f.singleParent,
      languages: f.languages,
      interpreter_needed: f.interpreterNeeded,
      status: f.status,
      last_activity_at: f.lastActivityAt,
      created_by_id: userId(f.createdByEmail),
      created_at: f.createdAt,
      updated_at: f.updatedAt,
    })),
  );
  await insertRows(
    em,
    'persons',
    data.persons.map((p) => ({
      id: p.id,
      family_id: p.familyId,
      office_id: officeId(p.officeKey),
      relation: p.relation,
      first_name: p.firstName,
      last_name: p.lastName,
      last_name_phonetic: p.lastNamePhonetic,
      name_key: personNameKey(p.firstName, p.lastName),
      birth_date: p.birthDate,
      phone: p.phone,
      email: p.email,
      created_at: p.createdAt,
      updated_at: p.createdAt,
    })),
  );
  await insertRows(
    em,
    'consents',
    data.consents.map((c) => ({
      id: c.id,
      family_id: c.familyId,
      office_id: officeId(c.officeKey),
      scope: c.scope,
      form: c.form,
      given_at: c.givenAt,
      recorded_by_id: userId(c.recordedByEmail),
      created_at: c.givenAt,
      updated_at: c.givenAt,
    })),
  );
  await insertRows(
    em,
    'contacts',
    data.contacts.map((c) => ({
      id: c.id,
      family_id: c.familyId,
      office_id: officeId(c.officeKey),
      counsellor_id: userId(c.counsellorEmail),
      occurred_at: c.occurredAt,
      channel: c.channel,
      duration_minutes: c.durationMinutes,
      district_id: districtId(c.districtCode),
      summary: c.summary,
      notes: c.notes,
      confidential: c.confidential,
      created_at: c.createdAt,
      updated_at: c.createdAt,
    })),
  );
  await insertRows(
    em,
    'needs',
    data.needs.map((n) => ({
      id: n.id,
      family_id: n.familyId,
      contact_id: n.contactId,
      office_id: officeId(n.officeKey),
      category_key: n.categoryKey,
      description: n.description,
      urgency: n.urgency,
      status: n.status,
      unmet_reason: n.unmetReason,
      identified_at: n.identifiedAt,
      resolved_at: n.resolvedAt,
      created_by_id: userId(n.createdByEmail),
      created_at: n.createdAt,
      updated_at: n.updatedAt,
    })),
  );
  await insertRows(
    em,
    'follow_ups',
    data.followUps.map((f) => ({
      id: f.id,
      family_id: f.familyId,
      office_id: officeId(f.officeKey),
      need_id: f.needId,
      assignee_id: userId(f.assigneeEmail),
      title: f.title,
      due_at: f.dueAt,
      status: f.status,
      done_at: f.doneAt,
      note: f.note,
      created_by_id: userId(f.createdByEmail),
      created_at: f.createdAt,
      updated_at: f.updatedAt,
    })),
  );
  await insertRows(
    em,
    'handoffs',
    data.handoffs.map((h) => ({
      id: h.id,
      family_id: h.familyId,
      office_id: officeId(h.officeKey),
      from_user_id: userId(h.fromEmail),
      to_user_id: userId(h.toEmail),
      by_user_id: userId(h.byEmail),
      note: h.note,
      created_at: h.createdAt,
    })),
  );
  await insertRows(
    em,
    'notifications',
    data.notifications.map((n) => ({
      id: n.id,
      user_id: userId(n.userEmail),
      type: n.type,
      title: n.title,
      link: n.link,
      read_at: n.readAt,
      created_at: n.createdAt,
      updated_at: n.readAt ?? n.createdAt,
    })),
  );
  return true;
}

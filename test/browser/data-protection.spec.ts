import { readFileSync } from 'node:fs';
import { createOffice, loginAs } from '../support/factories';
import { createNamedUser, gone, journey, reads, visible } from '../support/browser';

/**
 * A family asks what is stored about it and then to be erased (issue 7): the counsellor
 * downloads the Art. 15 export from the family page; the team lead anonymizes the family after
 * confirming what is erased and why. The counsellor sees no "Anonymisieren".
 */
describe('data protection (browser, German): export and anonymize a family', () => {
  const j = journey();

  it('Exportieren (Art. 15) downloads the JSON; Anonymisieren asks, erases, and the page says so', async () => {
    const { t } = j;
    const officeId = await createOffice(t.dataSource, 'Familienbüro Stern');
    const anna = await createNamedUser(t.dataSource, 'counsellor', 'Anna Albers', { officeId });
    const tom = await createNamedUser(t.dataSource, 'team_lead', 'Tom Teichmann', { officeId });
    const api = await loginAs(t, anna);
    const family = await api.post('/api/families').send({ name: 'Familie Wendeborn' });
    expect(family.status).toBe(201);
    const member = await api
      .post('/api/persons')
      .send({ familyId: family.body.id, relation: 'parent', firstName: 'Greta', lastName: 'Wendeborn' });
    expect(member.status).toBe(201);
    const familyUrl = `${j.baseUrl}/#/families/${family.body.id}/show`;

    // ---- the counsellor: export yes, anonymize no
    const page = await j.signIn(anna);
    await page.goto(familyUrl);
    await visible(page.getByText('Familie Wendeborn'));
    const exportButton = page.getByRole('button', { name: 'Exportieren (Art. 15)' });
    await visible(exportButton);
    expect(await page.getByRole('button', { name: 'Anonymisieren' }).count()).toBe(0);
    // it asks first, and offers a readable PDF beside the JSON
    await exportButton.click();
    const ask = page.getByRole('dialog', { name: 'Auskunft über Familie Wendeborn exportieren?' });
    await visible(ask);
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      ask.getByRole('button', { name: 'Als PDF (zum Lesen)' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^Auskunft-Familie-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    await visible(page.getByText('Die Auskunft über Familie Wendeborn wurde heruntergeladen.'));
    await exportButton.click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('dialog').getByRole('button', { name: 'Als JSON-Datei' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Auskunft-Familie-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(file.family.name).toBe('Familie Wendeborn');
    expect(file.members.map((m: { firstName: string }) => m.firstName)).toEqual(['Greta']);
    expect(file.auditEvents.map((e: { action: string }) => e.action)).toContain('family.export');

    // ---- the team lead: confirm with a reason, then the family is anonymized
    const lead = await j.signIn(tom);
    await lead.goto(familyUrl);
    await lead.getByRole('button', { name: 'Anonymisieren' }).click();
    const dialog = lead.getByRole('dialog', { name: 'Familie Wendeborn anonymisieren?' });
    await visible(dialog);
    await visible(dialog.getByText('kann nicht rückgängig gemacht werden', { exact: false }));
    // without a reason nothing happens
    await dialog.getByRole('button', { name: 'Endgültig anonymisieren' }).click();
    await visible(dialog.getByText('Pflichtfeld', { exact: false }));
    expect((await api.get(`/api/families/${family.body.id}`)).body.status).toBe('active');
    await dialog.getByRole('radio', { name: 'Antrag der Familie auf Löschung (Art. 17 DSGVO)' }).check();
    await dialog.getByRole('button', { name: 'Endgültig anonymisieren' }).click();
    await gone(dialog);
    await visible(lead.getByText('Die Familie wurde anonymisiert.'));
    await reads(lead, /anonymisiert/);
    await gone(lead.getByRole('button', { name: 'Anonymisieren' }));

    const after = (await api.get(`/api/families/${family.body.id}`)).body;
    expect(after).toMatchObject({ status: 'anonymized', name: 'Anonymisiert' });
    const members = await api
      .get('/api/persons')
      .query({ filter: JSON.stringify({ familyId: family.body.id }) });
    expect(members.body).toEqual([]);
  }, 180_000);
});

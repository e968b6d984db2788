import { createOffice, loginAs } from '../support/factories';
import {
  chooseByKeyboard,
  createNamedUser,
  gone,
  journey,
  menu,
  row,
  sendWarmReferral,
  snapshot,
  visible,
  JOURNEY,
} from '../support/browser';
import { expectAccessible } from '../support/axe';

const DAY = 86_400_000;
const PROVIDER = 'Kitaservice Potsdam';
const OFFER = 'Beratung zum Kita-Gutschein';

/**
 * A team lead's morning (issue 8): the team's overdue follow-ups, what became of the referrals
 * (outcome table, unanswered ones), and two families of a counsellor handed to a colleague at once.
 */
describe('team lead (browser, German): the team at a glance', () => {
  const j = journey();

  it(
    'overdue follow-ups, referral outcomes, bulk handoff of two families',
    async () => {
      const { t } = j;
      // ---- the office: Anna with three families, an overdue follow-up, referrals to a provider
      const officeId = await createOffice(t.dataSource, 'Familienbüro Babelsberg');
      const tom = await createNamedUser(t.dataSource, 'team_lead', 'Tom Teichmann', { officeId });
      const anna = await createNamedUser(t.dataSource, 'counsellor', 'Anna Albers', { officeId });
      const ben = await createNamedUser(t.dataSource, 'counsellor', 'Ben Brandt', { officeId });
      const leadApi = await loginAs(t, tom);
      const provider = await leadApi.post('/api/providers').send({ name: PROVIDER, kind: 'city_department' });
      expect(provider.status).toBe(201);
      const providerId: string = provider.body.id;
      const offer = await leadApi
        .post('/api/offers')
        .send({ providerId, title: OFFER, categoryKeys: ['kita_gutschein'] });
      expect(offer.status).toBe(201);
      const paula = await createNamedUser(t.dataSource, 'provider', 'Paula Pohl', {
        providerId,
        officeId: null,
      });

      const api = await loginAs(t, anna);
      const families: Record<string, string> = {};
      for (const name of ['Familie Krüger', 'Familie Lehmann', 'Familie Schulze']) {
        const created = await api.post('/api/families').send({ name });
        expect(created.status).toBe(201);
        families[name] = created.body.id;
      }
      const overdue = await api.post('/api/follow-ups').send({
        familyId: families['Familie Krüger'],
        title: 'Rückruf wegen Kita-Gutschein',
        dueAt: new Date(Date.now() - 3 * DAY).toISOString(),
        assigneeId: anna.id,
      });
      expect(overdue.status).toBe(201);
      const referrals: string[] = [];
      for (const name of ['Familie Lehmann', 'Familie Schulze']) {
        const need = await api
          .post('/api/needs')
          .send({ familyId: families[name], categoryKey: 'kita_gutschein' });
        expect(need.status).toBe(201);
        referrals.push(
          await sendWarmReferral(api, {
            familyId: families[name],
            needId: need.body.id,
            providerId,
            offerId: offer.body.id,
          }),
        );
      }
      // the provider completed Lehmann's; Schulze's has waited ten days without an answer
      const paulaApi = await loginAs(t, paula);
      for (const move of [
        { to: 'accepted' },
        { to: 'in_progress' },
        { to: 'completed', outcome: 'successful' },
      ]) {
        const answer = await paulaApi.post(`/api/referrals/${referrals[0]}/transition`).send(move);
        expect(answer.status).toBe(200);
      }
      await t.dataSource.query(`UPDATE referrals SET sent_at = now() - interval '10 days' WHERE id = $1`, [
        referrals[1],
      ]);

      // ---- the start page: the team's overdue follow-ups
      const page = await j.signIn(tom);
      const overdueCard = page.getByRole('region', { name: 'Überfällige Wiedervorlagen im Team' });
      const annaRow = row(overdueCard, 'Anna Albers');
      await visible(annaRow.getByRole('link', { name: '1', exact: true }));
      await visible(row(overdueCard, 'Ben Brandt'));
      // the outcomes: two sent, one accepted and completed, per provider and in total
      const outcomes = page.getByRole('region', { name: 'Ergebnisse der Vermittlungen' });
      const byProvider = outcomes.getByRole('table', { name: 'Nach Träger' });
      await visible(row(byProvider, PROVIDER));
      expect(await cells(row(byProvider, PROVIDER))).toEqual([
        PROVIDER,
        '2',
        '1',
        '0',
        '1',
        '0',
        expect.any(String),
        // issue 25.8: of the one answer, none recorded by staff for the provider
        '0 von 1',
      ]);
      // and the referral still waiting for an answer
      const unanswered = page.getByRole('region', { name: 'Unbeantwortete Vermittlungen' });
      await visible(unanswered.getByText('Familie Schulze'));
      expect(await unanswered.getByText('Familie Lehmann').count()).toBe(0);
      await expectAccessible(page, 'the team lead dashboard');
      await snapshot(page, 'dashboard-team-lead');

      // one click on Anna's overdue count: her overdue follow-ups
      await annaRow.getByRole('link', { name: '1', exact: true }).click();
      await page.waitForURL(/#\/follow-ups/);
      const overdueRow = row(page, 'Rückruf wegen Kita-Gutschein');
      await visible(overdueRow.getByText('überfällig'));
      await visible(overdueRow.getByText('Familie Krüger')); // the family's name arrives with its own request
      expect(await row(page).count()).toBe(2);
      await expectAccessible(page, 'the follow-ups list (overdue)');

      // ---- Anna is away for a while: Krüger and Lehmann go to Ben
      await menu(page, 'Familien').click();
      await page.waitForURL(/#\/families/);
      for (const name of ['Familie Krüger', 'Familie Lehmann']) {
        await row(page, name).getByRole('checkbox').check();
      }
      const bulk = page.getByRole('button', { name: 'Übergeben' });
      await visible(bulk);
      await expectAccessible(page, 'the families list with two selected');
      await bulk.click();
      const dialog = page.getByRole('dialog', { name: '2 Familien übergeben' });
      await visible(dialog);
      await expectAccessible(page, 'the bulk handoff dialog');
      await snapshot(page, 'bulk-handoff');
      await chooseByKeyboard(
        page,
        dialog.getByRole('combobox', { name: /Übergeben an/ }),
        'Ben',
        'Ben Brandt (Berater*in)',
      );
      await dialog
        .getByRole('textbox', { name: 'Notiz zur Übergabe' })
        .fill('Vertretung während Annas Urlaub.');
      await dialog.getByRole('button', { name: 'Übergeben' }).click();
      await visible(page.getByText('2 Familien wurden übergeben.'));
      await gone(dialog);
      await visible(row(page, 'Familie Krüger', 'Ben Brandt'));
      await visible(row(page, 'Familie Lehmann', 'Ben Brandt'));
      await visible(row(page, 'Familie Schulze', 'Anna Albers'));

      const owners: Array<{ name: string; owner_id: string }> = await t.dataSource.query(
        `SELECT name, owner_id FROM families WHERE office_id = $1 ORDER BY name`,
        [officeId],
      );
      expect(owners).toEqual([
        { name: 'Familie Krüger', owner_id: ben.id },
        { name: 'Familie Lehmann', owner_id: ben.id },
        { name: 'Familie Schulze', owner_id: anna.id },
      ]);
      expect(
        await t.dataSource.query(
          `SELECT from_user_id, to_user_id, by_user_id, note FROM handoffs WHERE office_id = $1`,
          [officeId],
        ),
      ).toEqual(
        [1, 2].map(() => ({
          from_user_id: anna.id,
          to_user_id: ben.id,
          by_user_id: tom.id,
          note: 'Vertretung während Annas Urlaub.',
        })),
      );

      // ---- the provider register and the audit log of the office
      await menu(page, 'Träger').click();
      await page.waitForURL(/#\/providers/);
      await visible(row(page, PROVIDER));
      await expectAccessible(page, 'the provider register');
      await menu(page, 'Protokoll').click();
      await page.waitForURL(/#\/audit-events/);
      await visible(row(page, 'Tom Teichmann').first());
      await expectAccessible(page, 'the audit log');
    },
    JOURNEY,
  );
});

/** The texts of a table row's cells. */
async function cells(tableRow: ReturnType<typeof row>): Promise<string[]> {
  return (await tableRow.locator('th, td').allInnerTexts()).map((text) => text.trim());
}

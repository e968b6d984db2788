import { createOffice, loginAs } from '../support/factories';
import { createNamedUser, gone, journey, row, snapshot, visible, JOURNEY } from '../support/browser';
import { expectAccessible } from '../support/axe';

const KITA = 'Kita-Platz / Kita-Gutschein';
const PROVIDER = 'Kitaservice Potsdam';
const OFFER = 'Beratung zum Kita-Gutschein';
const PHONE = '0331 2345678';

/**
 * Issue 25.7, 25.8, 25.9 in the browser: a warm referral that tells what the provider receives
 * and records the missing contact consent in the same step; the provider's answer taken by phone
 * and recorded for it (then undone and recorded again); the family's history filtered to its
 * referrals; a follow-up moved by a week from the task list.
 */
describe('counsellor (browser, German): the referral loop and its history', () => {
  const j = journey();

  it(
    'warm referral with contact consent, answer recorded for the provider, undo, history, postpone',
    async () => {
      const { t } = j;
      const officeId = await createOffice(t.dataSource, 'Familienbüro Stern');
      const lead = await createNamedUser(t.dataSource, 'team_lead', 'Tom Teichmann', { officeId });
      const anna = await createNamedUser(t.dataSource, 'counsellor', 'Anna Albers', { officeId });
      const leadApi = await loginAs(t, lead);
      const provider = await leadApi.post('/api/providers').send({ name: PROVIDER, kind: 'city_department' });
      const offer = await leadApi.post('/api/offers').send({
        providerId: provider.body.id,
        title: OFFER,
        categoryKeys: ['kita_gutschein'],
        districtIds: [],
      });
      expect(offer.status).toBe(201);
      const api = await loginAs(t, anna);
      const family = await api
        .post('/api/families')
        .send({ name: 'Familie Nowak', districtId: await j.districtId('SR5'), confirmNew: true });
      const familyId: string = family.body.id;
      const setup = await Promise.all([
        api
          .post('/api/persons')
          .send({ familyId, relation: 'parent', firstName: 'Ola', lastName: 'Nowak', phone: PHONE }),
        api.post('/api/needs').send({ familyId, categoryKey: 'kita_gutschein' }),
      ]);
      expect(setup.map((r) => r.status)).toEqual([201, 201]);

      // ---- 1. warm referral: no offer preselected; no way to reach the family until she records it
      const desk = await j.signIn(anna);
      await desk.goto(`${j.baseUrl}/#/families/${familyId}/show/needs`);
      await row(desk, KITA).getByRole('button', { name: 'Vermitteln' }).first().click();
      const refer = desk.getByRole('dialog', { name: `Bedarf vermitteln: ${KITA}` });
      const option = refer.getByRole('radio', { name: new RegExp(OFFER) });
      await visible(option);
      expect(await option.getAttribute('aria-checked')).toBe('false');
      await option.click();
      await refer.getByRole('radio', { name: 'Daten weitergeben (mit Einwilligung)' }).check();
      await visible(refer.getByText(/Der Träger erhält keine Möglichkeit, die Familie zu erreichen/));
      await expectAccessible(desk, 'the referral dialog with the provider’s data');
      await refer.getByText(/Der Träger erhält keine Möglichkeit/).scrollIntoViewIfNeeded();
      await snapshot(desk, 'referral-preview-unreachable');
      await refer.getByRole('checkbox', { name: new RegExp(`unter ${PHONE} anruft`) }).check();
      await gone(refer.getByText(/Der Träger erhält keine Möglichkeit/));
      await visible(refer.getByText(PHONE));
      await refer.getByRole('checkbox', { name: new RegExp(`„${PROVIDER}“ weitergegeben`) }).check();
      await refer.getByRole('button', { name: 'Vermitteln' }).click();
      await visible(desk.getByText('Die Vermittlung wurde gesendet.'));
      await gone(refer);
      expect(
        await t.dataSource.query(
          `SELECT scope FROM consents WHERE family_id = $1 AND withdrawn_at IS NULL ORDER BY scope`,
          [familyId],
        ),
      ).toEqual([{ scope: 'contact_by_phone' }, { scope: 'share_with_provider' }]);

      // ---- 2. the provider calls back: Anna records its answer on its behalf
      await desk.getByRole('tab', { name: 'Vermittlungen' }).click();
      const referralRow = row(desk, PROVIDER);
      await visible(referralRow.getByText('gesendet', { exact: true }));
      expect(await referralRow.getByRole('button', { name: 'Annehmen' }).count()).toBe(0);
      const recordAnswer = async () => {
        await referralRow.getByRole('button', { name: 'Rückmeldung des Trägers erfassen' }).click();
        const dialog = desk.getByRole('dialog', { name: 'Rückmeldung des Trägers erfassen' });
        await visible(dialog);
        const submit = dialog.getByRole('button', { name: 'Rückmeldung erfassen' });
        await dialog.getByRole('radio', { name: 'angenommen' }).check();
        expect(await submit.isDisabled()).toBe(true); // the channel is asked for
        await dialog.getByRole('radio', { name: 'telefonisch' }).check();
        await expectAccessible(desk, 'the dialog "Rückmeldung des Trägers erfassen"');
        await submit.click();
        await gone(dialog);
        await visible(referralRow.getByText('angenommen', { exact: true }));
      };
      await recordAnswer();
      const moves = () =>
        t.dataSource.query(
          `SELECT to_value, on_behalf_of_provider, channel, undone_at IS NOT NULL AS undone
           FROM case_events WHERE family_id = $1 AND kind = 'referral_move' ORDER BY created_at`,
          [familyId],
        );
      expect(await moves()).toEqual([
        { to_value: 'sent', on_behalf_of_provider: false, channel: null, undone: false },
        { to_value: 'accepted', on_behalf_of_provider: true, channel: 'phone', undone: false },
      ]);

      // ---- 3. a slip: she takes it back, then records it again
      await referralRow.getByRole('button', { name: 'Rückgängig: angenommen' }).click();
      await visible(desk.getByText('Der letzte Schritt wurde zurückgenommen.'));
      await visible(referralRow.getByText('gesendet', { exact: true }));
      await recordAnswer();
      expect((await moves()).map((m: { undone: boolean }) => m.undone)).toEqual([false, true, false]);

      // ---- 4. the history, filtered to the referrals
      await desk.getByRole('tab', { name: 'Verlauf' }).click();
      await desk.getByRole('button', { name: /^Vermittlungen \(\d+\)$/ }).click();
      await visible(desk.getByText(`Vermittlung ${OFFER}: gesendet → angenommen`));
      await visible(desk.getByText(/für den Träger erfasst \(telefonisch\)/));
      expect(await desk.getByText(/^Einwilligung erteilt/).count()).toBe(0);
      await expectAccessible(desk, 'the history filtered to referrals');
      await snapshot(desk, 'history-referrals');

      // ---- 5. the follow-up of the referral, a week later, from her task list
      const [before] = await t.dataSource.query(
        `SELECT id, due_at FROM follow_ups WHERE family_id = $1 AND status = 'open'`,
        [familyId],
      );
      await desk.getByRole('menuitem', { name: 'Meine Wiedervorlagen', exact: true }).click();
      await desk.waitForURL(/#\/my-follow-ups/);
      const task = row(desk, `Rückmeldung zur Vermittlung: ${OFFER}`);
      await visible(task);
      await expectAccessible(desk, 'Meine Wiedervorlagen');
      await task.getByRole('button', { name: 'Verschieben' }).click();
      await desk.getByRole('menuitem', { name: '+1 Woche' }).click();
      await visible(desk.getByText('Wiedervorlage verschoben.'));
      // a week after its due day, due at the end of that day in Berlin
      const [after] = await t.dataSource.query(
        `SELECT (due_at AT TIME ZONE 'Europe/Berlin')::date - ($2::timestamptz AT TIME ZONE 'Europe/Berlin')::date AS days,
                to_char(due_at AT TIME ZONE 'Europe/Berlin', 'HH24:MI') AS time
         FROM follow_ups WHERE id = $1`,
        [before.id, before.due_at],
      );
      expect(after).toEqual({ days: 7, time: '23:59' });
    },
    JOURNEY,
  );
});

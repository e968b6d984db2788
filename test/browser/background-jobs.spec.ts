import { JobRunner } from '../../apps/api/src/jobs/job-runner.service';
import { JobName } from '../../apps/api/src/jobs/job-types';
import { createOffice, loginAs } from '../support/factories';
import { expectAccessible } from '../support/axe';
import { createNamedUser, journey, menu, visible } from '../support/browser';

/**
 * What the worker does, as people see it: a reminder in the bell that leads to the record, and
 * the admin's "Datenschutz" page with the deletion period, the last retention run and the job queues.
 */
describe('background work in the browser', () => {
  const j = journey();
  const runJob = async (job: JobName) =>
    (await j.t.worker()).context.get(JobRunner).run(job, {}, { outboxId: null, jobId: `browser-${job}` });

  it('a counsellor hears of an overdue follow-up from the bell and lands on the family’s follow-ups', async () => {
    const office = await createOffice(j.t.dataSource, 'Familienbüro Glocke');
    const clara = await createNamedUser(j.t.dataSource, 'counsellor', 'Clara Conrad', { officeId: office });
    const api = await loginAs(j.t, clara);
    const family = await api
      .post('/api/families')
      .send({ name: 'Familie Uhrmann', districtId: await j.districtId('SR1'), confirmNew: true });
    expect(family.status).toBe(201);
    await j.t.dataSource.query(
      `INSERT INTO follow_ups (family_id, office_id, assignee_id, title, due_at)
       VALUES ($1, $2, $3, 'Rückruf wegen Kita-Gutschein', now() - interval '2 hours')`,
      [family.body.id, office, clara.id],
    );
    expect(await runJob(JobName.FollowUpOverdueSweep)).toEqual({ notified: 1 });

    const page = await j.signIn(clara);
    const bell = page.getByRole('button', { name: 'Benachrichtigungen (1 ungelesen)' });
    await visible(bell);
    await bell.click();
    const reminder = page.getByRole('menuitem', {
      name: /Wiedervorlage überfällig: Rückruf wegen Kita-Gutschein/,
    });
    await visible(reminder);
    // the open bell: a heading, "Alle als gelesen markieren" and a menu of notifications only
    await expectAccessible(page, 'the open bell');
    await reminder.click();
    await page.waitForURL(new RegExp(`#/families/${family.body.id}/show/follow-ups`));
    await visible(page.getByText('Rückruf wegen Kita-Gutschein'));
    // no admin pages for her
    expect(await page.getByRole('menuitem', { name: 'Datenschutz' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: 'Job-Warteschlangen' }).count()).toBe(0);
  });

  it('an admin reads the deletion period and the last retention run under "Datenschutz" and finds the job queues', async () => {
    const run = await runJob(JobName.Retention);
    expect(run).toMatchObject({ failed: 0 });
    const admin = await createNamedUser(j.t.dataSource, 'admin', 'Ada Admin');
    const page = await j.signIn(admin);
    const queues = menu(page, 'Job-Warteschlangen');
    await visible(queues);
    expect(await queues.getAttribute('href')).toBe('/api/admin/queues');
    await menu(page, 'Datenschutz').click();
    await visible(page.getByRole('heading', { name: 'Datenschutz', level: 1 }));
    await visible(page.getByText(/Familien ohne Aktivität seit 24 Monaten werden jede Nacht/));
    const lastRun = page.getByRole('region', { name: 'Letzter Lauf' });
    await visible(lastRun.getByText('Anonymisierte Familien'));
    expect(await lastRun.innerText()).toMatch(new RegExp(`Anonymisierte Familien\\s+${run.anonymized}`));
    await visible(page.getByRole('link', { name: 'Job-Warteschlangen öffnen' }));
  });
});

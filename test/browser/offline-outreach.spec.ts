import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createOffice, loginAs, TEST_PASSWORD } from '../support/factories';
import { expectAccessible } from '../support/axe';
import {
  chooseByKeyboard,
  createNamedUser,
  journey,
  signInThroughPage,
  visible,
  JOURNEY,
  STEP,
} from '../support/browser';

const KITA = 'Kita-Platz / Kita-Gutschein';
const WOHNGELD = 'Wohngeld';
const SCHLAATZ = 'Schlaatz, Waldstadt, Potsdam Süd';
const NOTES = ['Spielplatz am Teich', 'Kitafest Bürgerhaus', 'Stadtteilfest Schlaatz'];

interface Demand {
  totals: { contacts: number | null; anonymousContacts: number | null };
  byChannel: { channel: string; contacts: number | null }[];
}

/** The little of the page's navigator the test reads (the test build has no DOM types). */
interface WithWorker {
  navigator: { serviceWorker: { controller: { scriptURL: string } | null } };
}

/** What Chromium reads of the manifest it would install from. */
interface Manifest {
  name: string;
  short_name: string;
  lang: string;
  start_url: string;
  display: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

/** The little of IndexedDB the test uses to put an entry into the device's queue (no DOM types here). */
interface IdbRequest {
  result: { transaction(store: string, mode: string): IdbTransaction };
  onsuccess: () => void;
  onerror: () => void;
}
interface IdbTransaction {
  objectStore(name: string): { put(value: unknown): void };
  oncomplete: () => void;
  onerror: () => void;
}

/** Runs in the page: puts `entry` into the queue as the app would have (docs/offline-outreach.md). */
function putIntoOutbox(entry: object): Promise<void> {
  const idb = (globalThis as unknown as { indexedDB: { open(name: string): IdbRequest } }).indexedDB;
  return new Promise((resolve, reject) => {
    const request = idb.open('lotsen-offline');
    request.onerror = () => reject(new Error('IndexedDB'));
    request.onsuccess = () => {
      const tx = request.result.transaction('outbox', 'readwrite');
      tx.objectStore('outbox').put(entry);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error('outbox'));
    };
  });
}

/**
 * Issue 22 as a counsellor of the Schlaatz office does outreach: the app is installable and its
 * service worker controls the page; without network she records three anonymous contacts, the
 * page is reloaded offline and still has them; her session ends meanwhile, a colleague signs in on
 * the same tablet and sends nothing of hers (the page says whose they are); she signs in again, the
 * network is back, the first send is killed mid-flight and retried: the three contacts are stored
 * exactly once, in the contact list and in the demand figures. An entry that waited too long is
 * refused and stays on the tablet with its reason until discarded.
 */
describe('offline outreach (browser, Chromium): installable, records without network, sends once', () => {
  const j = journey();

  it(
    'service worker and manifest, three contacts offline, reload, other user, mid-flight retry, once in list and report',
    async () => {
      const { t } = j;
      const officeId = await createOffice(t.dataSource, 'Außenstelle Schlaatz (offline)');
      const anna = await createNamedUser(t.dataSource, 'counsellor', 'Anna Albers', { officeId });
      const ben = await createNamedUser(t.dataSource, 'counsellor', 'Ben Brandt', { officeId });
      const lead = await createNamedUser(t.dataSource, 'team_lead', 'Lena Lehmann', { officeId });
      // five outreach contacts of the day already: the figures compared below are published (cells under 5 are not)
      const benApi = await loginAs(t, ben);
      for (let i = 0; i < 5; i++) {
        const seeded = await benApi.post('/api/contacts').send({ familyId: null, channel: 'outreach' });
        expect(seeded.status).toBe(201);
      }
      const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
      const demand = async (): Promise<Demand> => {
        const res = await (
          await loginAs(t, lead)
        )
          .get('/api/reports/demand')
          .query({ from: today, to: today });
        expect(res.status).toBe(200);
        return res.body as Demand;
      };
      const outreachOf = (d: Demand) => d.byChannel.find((c) => c.channel === 'outreach')?.contacts;
      const before = await demand();
      expect(outreachOf(before)).toBe(5);
      const stored = async () =>
        (await t.dataSource.query(
          `SELECT id, summary, channel, family_id, office_id FROM contacts WHERE counsellor_id = $1 AND client_id IS NOT NULL`,
          [anna.id],
        )) as { id: string; summary: string; channel: string; family_id: string | null; office_id: string }[];

      let page = await j.signIn(anna);
      const context = page.context();

      // ---- 1. installable: the service worker controls the page, the manifest has what Chromium needs
      await page.waitForFunction(
        () => (globalThis as unknown as WithWorker).navigator.serviceWorker.controller !== null,
      );
      expect(
        await page.evaluate(
          () => (globalThis as unknown as WithWorker).navigator.serviceWorker.controller?.scriptURL,
        ),
      ).toBe(`${j.baseUrl}/sw.js`);
      const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(manifestUrl).toBe('/manifest.webmanifest');
      const manifestRes = await page.request.get(`${j.baseUrl}${manifestUrl}`);
      expect(manifestRes.headers()['content-type']).toMatch(/^application\/manifest\+json/);
      const manifest = (await manifestRes.json()) as Manifest;
      expect(manifest).toMatchObject({
        name: 'Lotsen CRM – Familienbüro Potsdam',
        short_name: 'Lotsen',
        lang: 'de',
        start_url: '/',
        display: 'standalone',
        theme_color: '#1565c0',
      });
      for (const [sizes, purpose] of [
        ['192x192', 'any'],
        ['512x512', 'any'],
        ['512x512', 'maskable'],
      ]) {
        const icon = manifest.icons.find((i) => i.sizes === sizes && (i.purpose ?? 'any') === purpose);
        expect([sizes, purpose, icon?.type]).toEqual([sizes, purpose, 'image/png']);
        const res = await page.request.get(`${j.baseUrl}${icon?.src}`);
        expect([icon?.src, res.status(), res.headers()['content-type']]).toEqual([
          icon?.src,
          200,
          'image/png',
        ]);
      }
      // Chromium's own verdict: nothing stands in the way of offering the installation
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      // a test browser profile is "incognito"; that is the browser's, not the app's
      expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
      await cdp.detach();

      // ---- 2. the capture page, its lists loaded online, then the network goes
      await page.getByRole('menuitem', { name: 'Unterwegs erfassen' }).click();
      await visible(page.getByText('Alle Kontakte sind übertragen.'));
      await context.setOffline(true);
      await visible(page.getByText(/Ohne Netz: Kontakte werden auf diesem Gerät gespeichert/));

      /** Signs in on the same tablet (its IndexedDB) and opens the capture page. */
      const signInAs = async (p: Page, user: { email: string; displayName: string }) => {
        await signInThroughPage(p, j.baseUrl, user.email, TEST_PASSWORD);
        await visible(p.getByRole('button', { name: `Profil von ${user.displayName}` }));
        await p.goto(`${j.baseUrl}/#/outreach`);
        await visible(
          p.getByRole('heading', { name: 'Unterwegs erfassen' }).or(p.getByText('Unterwegs erfassen')),
        );
      };
      const record = async (p: Page, note: string, needs: string[], unmet?: string) => {
        await chooseByKeyboard(
          p,
          p.getByRole('combobox', { name: 'Sozialraum (optional)' }),
          'Schlaatz',
          SCHLAATZ,
        );
        const picker = p.getByRole('combobox', { name: 'Bedarfe (bis zu 3)' });
        for (const need of needs) await chooseByKeyboard(p, picker, need.slice(0, 6), need);
        if (unmet) {
          await p.getByRole('combobox', { name: new RegExp(`^${needs[0]}: nicht gedeckt, weil`) }).click();
          await p.getByRole('option', { name: unmet }).click();
        }
        await p.getByRole('textbox', { name: 'Notiz (optional)' }).fill(note);
        await p.getByRole('button', { name: 'Auf dem Gerät speichern' }).click();
        await visible(p.getByText('Kontakt gespeichert: Er wird übertragen, sobald Netz da ist.'));
      };
      await visible(page.getByText('Ohne Namen, Telefonnummern, E-Mail-Adressen oder Geburtsdaten.'));
      await record(page, NOTES[0], [KITA], 'Warteliste');
      await visible(page.getByTestId('outbox-count').getByText('1 Kontakt wartet auf Übertragung'));
      await record(page, NOTES[1], [KITA, WOHNGELD]);
      await record(page, NOTES[2], []);
      await visible(page.getByTestId('outbox-count').getByText('3 Kontakte warten auf Übertragung'));
      await visible(page.getByTestId('outbox-counter').getByText('3 Kontakte warten auf Übertragung'));
      await expectAccessible(page, 'the offline capture with its queue');
      // a note that names somebody never enters the queue
      await page.getByRole('textbox', { name: 'Notiz (optional)' }).fill('Frau Meier, Tel. 0331 2345678');
      await page.getByRole('button', { name: 'Auf dem Gerät speichern' }).click();
      await visible(page.getByRole('alert').getByText(/keine persönlichen Angaben enthalten/));
      await page.getByRole('textbox', { name: 'Notiz (optional)' }).fill('');

      // ---- 3. reloaded without network: the app opens, the queue is still there, nothing was sent
      await page.reload();
      await visible(page.getByTestId('outbox-count').getByText('3 Kontakte warten auf Übertragung'));
      await visible(page.getByText(`${SCHLAATZ} · ${KITA} (Warteliste)`, { exact: false }));
      expect(await stored()).toEqual([]);

      // ---- 4. the session ended meanwhile (the tab is closed); the network is back, nobody is signed in:
      // nothing is sent; a colleague signs in on the tablet: nothing of Anna's is sent under his name
      await t.dataSource.query(`DELETE FROM sessions`);
      await page.close();
      await context.setOffline(false);
      page = await context.newPage();
      page.setDefaultTimeout(STEP);
      await page.goto(`${j.baseUrl}/#/outreach`);
      await visible(page.getByRole('button', { name: 'Anmelden' }));
      expect(await stored()).toEqual([]);
      await signInAs(page, ben);
      await visible(
        page
          .getByTestId('outbox-others')
          .getByText(`3 Kontakte von Anna Albers (${anna.email}) warten auf diesem Gerät`, { exact: false }),
      );
      await visible(page.getByText('Alle Kontakte sind übertragen.'));
      expect(await stored()).toEqual([]);
      await page.getByRole('button', { name: /Profil von Ben Brandt/ }).click();
      await page.getByRole('menuitem', { name: 'Abmelden' }).click();

      // ---- 5. Anna again; the first send reaches the API but its answer is lost: retried, stored once
      let sends = 0;
      await context.route('**/api/contacts/batch', async (route) => {
        sends++;
        if (sends === 1) {
          await route.fetch();
          await route.abort('connectionreset');
        } else {
          await route.continue();
        }
      });
      await signInAs(page, anna);
      await visible(page.getByText('Alle Kontakte sind übertragen.'));
      expect(sends).toBeGreaterThanOrEqual(2);
      await expect(page.getByTestId('outbox-counter').count()).resolves.toBe(0);
      const rows = await stored();
      expect(rows.map((r) => r.summary).sort()).toEqual([...NOTES].sort());
      expect(
        rows.every((r) => r.channel === 'outreach' && r.family_id === null && r.office_id === officeId),
      ).toBe(true);
      await context.unroute('**/api/contacts/batch');

      // ---- 6. exactly once in the contact list and in the demand figures
      await page.getByRole('menuitem', { name: 'Kontakte' }).click();
      for (const note of NOTES) await visible(page.getByText(note, { exact: true }));
      for (const note of NOTES) expect(await page.getByText(note, { exact: true }).count()).toBe(1);
      const after = await demand();
      expect(outreachOf(after)).toBe(8);
      expect(after.totals.contacts).toBe((before.totals.contacts ?? 0) + 3);
      expect(after.totals.anonymousContacts).toBe((before.totals.anonymousContacts ?? 0) + 3);

      // ---- 7. an entry that waited past the 30-day window is refused: it stays, with its reason, until discarded
      const old = {
        id: randomUUID(),
        ownerId: anna.id,
        ownerName: anna.displayName,
        ownerEmail: anna.email,
        recordedAt: new Date(Date.now() - 40 * 86400_000).toISOString(),
        occurredAt: new Date(Date.now() - 40 * 86400_000).toISOString(),
        districtId: null,
        districtName: null,
        summary: 'Sommerfest',
        needs: [],
        status: 'waiting',
      };
      await page.evaluate(putIntoOutbox, old);
      await page.goto(`${j.baseUrl}/#/outreach`);
      await page.reload();
      await visible(page.getByText(/Nicht übertragen: Der Kontakt ist älter als 30 Tage/));
      expect(await t.dataSource.query(`SELECT 1 FROM contacts WHERE client_id = $1`, [old.id])).toEqual([]);
      await page.getByRole('button', { name: 'Verwerfen' }).click();
      await visible(page.getByText('Alle Kontakte sind übertragen.'));
      await expect(page.getByText(/Nicht übertragen/).count()).resolves.toBe(0);
    },
    JOURNEY,
  );
});

import { demoLogins } from './seed/demo-data';
import { describeMail, formatStartBox } from './start-box';

describe('the start box of npm start', () => {
  const box = formatStartBox({
    appUrl: 'http://localhost:3000/',
    docsUrl: 'http://localhost:3000/api/docs',
    logins: demoLogins(),
  });
  const lines = box.split('\n');

  it('is a closed box of equal-width lines', () => {
    expect(lines[0]).toMatch(/^┌─+┐$/);
    expect(lines[lines.length - 1]).toMatch(/^└─+┘$/);
    for (const line of lines.slice(1, -1)) expect(line).toMatch(/^│ .* │$/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });

  it('names the staff app, the API docs and one demo login per role', () => {
    expect(box).toContain('Fachanwendung:  http://localhost:3000/');
    expect(box).toContain('API-Doku:       http://localhost:3000/api/docs');
    expect(box).toContain('Demo-Zugänge (Passwort für alle: Lotsen-Demo-2026):');
    const logins = lines.filter((l) => l.includes('@familienbuero.example'));
    expect(logins).toHaveLength(6);
    expect(logins.map((l) => l.replace(/^│\s+|\s+│$/g, '').split(/\s{2,}/)[0])).toEqual([
      'Berater*in',
      'Berater*in',
      'Teamleitung',
      'Administration',
      'Sozialplanung',
      'Träger',
    ]);
    expect(box).toContain('beratung.schlaatz@familienbuero.example  (Familienbüro Außenstelle Schlaatz)');
  });

  it('leaves the logins out when there are none (DEMO_DATA=false)', () => {
    const plain = formatStartBox({ appUrl: 'http://a/', docsUrl: 'http://a/api/docs', logins: [] });
    expect(plain).not.toContain('Demo-Zugänge');
    expect(plain.split('\n')).toHaveLength(6);
  });

  it('shows each password when the logins do not share one', () => {
    const [a, b] = demoLogins();
    const mixed = formatStartBox({
      appUrl: 'http://a/',
      docsUrl: 'http://a/api/docs',
      logins: [a, { ...b, password: 'Anderes-Passwort-1' }],
    });
    expect(mixed).toContain(`${a.email}  ${a.password}`);
    expect(mixed).toContain(`${b.email}  Anderes-Passwort-1`);
  });

  it('names the Familienportal when the API passes it through', () => {
    const withPortal = formatStartBox({
      appUrl: 'http://localhost:3000/',
      docsUrl: 'http://localhost:3000/api/docs',
      portalUrl: 'http://localhost:3000/familienportal/',
      logins: [],
    });
    expect(withPortal).toContain('Familienportal: http://localhost:3000/familienportal/');
    expect(box).not.toContain('Familienportal');
  });

  it('says how e-mail notices go out, and that none are sent without SMTP_URL', () => {
    const off = formatStartBox({
      appUrl: 'http://a/',
      docsUrl: 'http://a/api/docs',
      mail: describeMail(null),
      logins: [],
    });
    expect(off).toContain(
      'E-Mail:         aus – SMTP_URL ist nicht gesetzt, es werden keine E-Mails versendet',
    );
    const on = describeMail('smtp://user:geheim@mail.example:587');
    expect(on).toBe('smtp://mail.example:587 (Hinweise ohne Inhalt bei neuen Nachrichten)');
    expect(on).not.toContain('geheim');
  });
});

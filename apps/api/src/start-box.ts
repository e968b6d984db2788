import { ROLE_LABELS_DE } from '@lotsen/domain';
import type { DemoLogin } from './seed/demo-step';

export interface StartBoxInput {
  appUrl: string;
  docsUrl: string;
  /** The Familienportal's address when this API passes it through (npm start), else absent. */
  portalUrl?: string;
  /** How e-mail notices go out (issue 21.2): the SMTP server, or why none is sent. */
  mail?: string;
  /** Demo logins to show (none in production or with DEMO_DATA=false). */
  logins: readonly DemoLogin[];
}

/** The start box's e-mail line: the SMTP server without user or password, or that none is sent. */
export function describeMail(smtpUrl: string | null): string {
  if (!smtpUrl) return 'aus – SMTP_URL ist nicht gesetzt, es werden keine E-Mails versendet';
  try {
    const url = new URL(smtpUrl);
    return `${url.protocol}//${url.host} (Hinweise ohne Inhalt bei neuen Nachrichten)`;
  } catch {
    return 'SMTP_URL ist ungültig';
  }
}

/**
 * The last lines `npm start` prints: a small box with the staff app's address, the
 * Familienportal's, the API docs' address and the demo logins, one line per role.
 */
export function formatStartBox({ appUrl, docsUrl, portalUrl, mail, logins }: StartBoxInput): string {
  const lines = ['Lotsen CRM läuft.', '', `Fachanwendung:  ${appUrl}`];
  if (portalUrl) lines.push(`Familienportal: ${portalUrl}`);
  lines.push(`API-Doku:       ${docsUrl}`);
  if (mail) lines.push(`E-Mail:         ${mail}`);
  if (logins.length > 0) {
    const passwords = [...new Set(logins.map((l) => l.password))];
    lines.push(
      '',
      passwords.length === 1
        ? `Demo-Zugänge (Passwort für alle: ${passwords[0]}):`
        : 'Demo-Zugänge (E-Mail-Adresse, Passwort):',
    );
    const labelWidth = Math.max(...logins.map((l) => ROLE_LABELS_DE[l.role].length));
    const emailWidth = Math.max(...logins.map((l) => l.email.length));
    for (const l of logins) {
      const label = ROLE_LABELS_DE[l.role].padEnd(labelWidth);
      const password = passwords.length === 1 ? '' : `  ${l.password}`;
      const office = l.office ? `  (${l.office})` : '';
      lines.push(
        `  ${label}  ${`${l.email}${password}`.padEnd(passwords.length === 1 ? emailWidth : 0)}${office}`.trimEnd(),
      );
    }
  }
  const width = Math.max(...lines.map((l) => l.length));
  return [
    `┌${'─'.repeat(width + 2)}┐`,
    ...lines.map((l) => `│ ${l.padEnd(width)} │`),
    `└${'─'.repeat(width + 2)}┘`,
  ].join('\n');
}

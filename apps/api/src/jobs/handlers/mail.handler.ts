import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { NEW_MESSAGE_NOTICE_DE } from '@lotsen/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { stillEntitled } from '../../modules/referral-messages/message-recipients';
import { JobName, type MailPayload } from '../job-types';
import type { JobHandler, JobResult } from './job-handler';

/**
 * The one e-mail Lotsen CRM sends (issue 21.2): "Neue Nachricht zu einer Vermittlung" and a
 * link to the referral's page — no name, no content, no family, no provider. Sent over SMTP
 * (`SMTP_URL`, nodemailer) to a user who switched "E-Mail bei neuen Nachrichten" on under
 * "Mein Konto", still active and still allowed to read the thread when the job runs. Without
 * `SMTP_URL` nothing is attempted (and no job is queued in the first place).
 */
export function referralMessageMail(appUrl: string, referralId: string): { subject: string; text: string } {
  return {
    subject: NEW_MESSAGE_NOTICE_DE,
    text: [
      `${NEW_MESSAGE_NOTICE_DE}.`,
      '',
      'Sie lesen sie nach der Anmeldung in Lotsen CRM:',
      `${appUrl}#/referrals/${referralId}/show`,
      '',
      'Diese E-Mail enthält bewusst keine Inhalte und keine Namen.',
      'Sie erhalten sie, weil unter „Mein Konto“ „E-Mail bei neuen Nachrichten“ eingeschaltet ist.',
    ].join('\n'),
  };
}

@Injectable()
export class MailHandler implements JobHandler<JobName.Mail>, OnModuleDestroy {
  readonly job = JobName.Mail;
  private readonly logger = new Logger('Mail');
  private transport: Transporter | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(payload: MailPayload): Promise<JobResult> {
    if (!this.config.smtpUrl) return { sent: 0 };
    const [userId] = await stillEntitled(this.dataSource.manager, payload.referralId, [payload.userId]);
    if (!userId) return { sent: 0 };
    const rows: { email: string }[] = await this.dataSource.query(
      `SELECT email FROM users WHERE id = $1 AND active AND email_on_message`,
      [userId],
    );
    if (rows.length === 0) return { sent: 0 };
    this.transport ??= createTransport(this.config.smtpUrl);
    const mail = referralMessageMail(this.config.appUrl, payload.referralId);
    await this.transport.sendMail({ from: this.config.mailFrom, to: rows[0].email, ...mail });
    this.logger.log(`E-mail notice sent (user ${userId})`);
    return { sent: 1 };
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}

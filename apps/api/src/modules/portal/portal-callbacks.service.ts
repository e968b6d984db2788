import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CALLBACK_CONSENT_VERSION,
  CALLBACK_OTHER_LABELS,
  CALLBACK_TOPIC_OTHER,
  callbackConsentText,
  callbackFormAge,
  lifeSituationTopics,
  parseCallbackTopic,
  pickPublic,
  type PortalLang,
  type PublicRecord,
} from '@lotsen/domain';
import { AppException } from '../../common/errors/app.exception';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { NotificationsService } from '../notifications/notifications.service';
import { signCallbackFormToken, verifyCallbackFormToken } from './callback-token';
import type { PortalCallbackDto } from './dto/portal-callback.dto';

const invalid = (field: string, message: string): AppException =>
  new AppException(400, 'VALIDATION_FAILED', 'The request has invalid or unknown fields', [
    { field, messages: [message] },
  ]);

/**
 * "Rückruf erbitten" (issue 17 point 7; docs/portal.md): the form's data and the request itself.
 * Abuse protection without tracking: a honeypot, a signed issue time (too fast, expired), a rate
 * limit in memory (CallbackRateLimitGuard). Stored: what the family typed, the consent text shown
 * and its version — never the IP address; a bad request writes nothing.
 */
@Injectable()
export class PortalCallbacksService {
  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The form: a fresh token, the consent text in `lang`, the active offices and the topics. */
  async form(lang: PortalLang): Promise<PublicRecord> {
    const [offices, services] = await Promise.all([
      this.db.query(`SELECT id, name FROM offices WHERE active ORDER BY name, id`) as Promise<PublicRecord[]>,
      this.db.query(
        `SELECT s.id, s.title_de FROM services s JOIN providers p ON p.id = s.responsible_provider_id
          WHERE s.active AND p.active ORDER BY s.title_de, s.id`,
      ) as Promise<{ id: string; title_de: string }[]>,
    ]);
    return pickPublic('callback_form', {
      lang,
      token: signCallbackFormToken(this.config.sessionSecret),
      consentVersion: CALLBACK_CONSENT_VERSION,
      consentText: callbackConsentText(lang),
      offices,
      // services are German until translations exist (as everywhere in the portal)
      topics: [
        ...lifeSituationTopics(lang),
        ...services.map((s) => ({ value: `leistung:${s.id}`, label: s.title_de })),
        { value: CALLBACK_TOPIC_OTHER, label: CALLBACK_OTHER_LABELS[lang] },
      ],
    });
  }

  /**
   * Stores a request and tells the office's counsellors and team leads (bell). A filled honeypot
   * is answered like a success and stores nothing: a robot learns nothing from the answer.
   */
  async request(dto: PortalCallbackDto, now: number = Date.now()): Promise<{ ok: true }> {
    if (dto.website !== undefined && dto.website.trim() !== '') return { ok: true };
    const issuedAt = verifyCallbackFormToken(this.config.sessionSecret, dto.token);
    const age = issuedAt === null ? 'expired' : callbackFormAge(issuedAt, now);
    if (age === 'expired') {
      throw new AppException(400, 'CALLBACK_FORM_EXPIRED', 'The form has expired; please load it again');
    }
    if (age === 'too_fast') {
      throw new AppException(400, 'CALLBACK_TOO_FAST', 'The form was sent too fast; please try again');
    }
    if (dto.consent !== true || dto.consentVersion !== CALLBACK_CONSENT_VERSION) {
      throw new AppException(400, 'CALLBACK_CONSENT_MISSING', 'The consent to the current text is required', [
        { field: dto.consent !== true ? 'consent' : 'consentVersion', messages: ['consent required'] },
      ]);
    }
    if (!dto.phone && !dto.email) {
      throw new AppException(
        400,
        'CALLBACK_CONTACT_MISSING',
        'A phone number or an e-mail address is required',
        [
          { field: 'phone', messages: ['phone or email required'] },
          { field: 'email', messages: ['phone or email required'] },
        ],
      );
    }
    return this.db.transaction(async (em) => {
      await requireActiveOffice(em, dto.officeId);
      await requireTopic(em, dto.topic);
      const [{ id }]: { id: string }[] = await em.query(
        `INSERT INTO callback_requests
           (office_id, topic, name, phone, email, lang, preferred_time, consent_text, consent_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          dto.officeId,
          dto.topic,
          dto.name,
          dto.phone ?? null,
          dto.email ?? null,
          dto.lang,
          dto.preferredTime ?? null,
          callbackConsentText(dto.lang),
          CALLBACK_CONSENT_VERSION,
        ],
      );
      const staff: { id: string }[] = await em.query(
        `SELECT id FROM users WHERE office_id = $1 AND active AND role IN ('counsellor', 'team_lead')`,
        [dto.officeId],
      );
      await this.notifications.notify(
        em,
        staff.map((u) => u.id),
        { kind: 'callback_request', callbackRequestId: id },
      );
      return { ok: true as const };
    });
  }
}

async function requireActiveOffice(em: EntityManager, officeId: string): Promise<void> {
  const rows: unknown[] = await em.query(`SELECT 1 FROM offices WHERE id = $1 AND active`, [officeId]);
  if (rows.length === 0) throw invalid('officeId', 'no active office');
}

async function requireTopic(em: EntityManager, value: string): Promise<void> {
  const topic = parseCallbackTopic(value);
  if (!topic) throw invalid('topic', 'no topic of the form');
  if (topic.kind !== 'leistung') return;
  const rows: unknown[] = await em.query(
    `SELECT 1 FROM services s JOIN providers p ON p.id = s.responsible_provider_id
      WHERE s.id = $1 AND s.active AND p.active`,
    [topic.id],
  );
  if (rows.length === 0) throw invalid('topic', 'no active service');
}

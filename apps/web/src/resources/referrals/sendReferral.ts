import type { ConsentForm, ReferralMode } from '@lotsen/domain';
import type { LotsenDataProvider } from '../../providers/dataProvider';
import { SHARE_SCOPE, type ConsentDecision } from './consentDecision';

export interface SendReferralInput {
  familyId: string;
  needId: string;
  offerId: string;
  providerId: string;
  mode: ReferralMode;
  /** What consentDecision() answered for this family, provider and mode. */
  consent: ConsentDecision;
  /** How the family gave the consent that is recorded inline (`record` only). */
  consentForm?: ConsentForm;
  /** The counsellor confirmed that the family agreed to share its data (`record` only). */
  consentConfirmed?: boolean;
  note?: string | null;
}

/**
 * What has been written so far. The dialog keeps it across attempts, so that a retry after a
 * failed send neither records the consent twice nor creates a second draft.
 */
export interface SendProgress {
  consentId?: string;
  draftId?: string;
}

export class ConsentNotConfirmedError extends Error {
  constructor() {
    super('resources.referrals.refer.consentNotConfirmed');
  }
}

type Dependencies = Pick<LotsenDataProvider, 'create' | 'transitionReferral'>;

/**
 * Refers a need to an offer (docs/api-referrals.md):
 * 1. for a `warm` referral without a valid consent: `POST /api/consents` (share_with_provider);
 * 2. `POST /api/referrals` `{needId, offerId, mode, consentId?, note?}` → a draft;
 * 3. `POST /api/referrals/{id}/transition` `{to: 'sent'}`.
 * A retry (same `progress`) goes on where the last attempt stopped.
 * Errors (409 CONSENT_REQUIRED among them) reach the caller as translated HttpErrors; `progress`
 * then says which steps are done.
 */
export async function sendReferral(
  dataProvider: Dependencies,
  input: SendReferralInput,
  progress: SendProgress = {},
): Promise<Record<string, unknown>> {
  let consentId: string | undefined;
  if (input.mode === 'warm' && input.consent.kind === 'valid') consentId = input.consent.consent.id;
  if (input.mode === 'warm' && input.consent.kind === 'record') {
    if (!progress.consentId) {
      if (!input.consentConfirmed) throw new ConsentNotConfirmedError();
      const { data } = await dataProvider.create('consents', {
        data: {
          familyId: input.familyId,
          scope: SHARE_SCOPE,
          providerId: input.providerId,
          form: input.consentForm ?? 'written',
        },
      });
      progress.consentId = String(data.id);
      // A draft of an earlier attempt points to a consent that turned out invalid (the send was
      // refused with CONSENT_REQUIRED): it is withdrawn and a draft with the new consent made.
      if (progress.draftId) {
        await dataProvider.transitionReferral(progress.draftId, { to: 'cancelled' });
        progress.draftId = undefined;
      }
    }
    consentId = progress.consentId;
  }

  if (!progress.draftId) {
    const note = typeof input.note === 'string' ? input.note.trim() : '';
    const { data } = await dataProvider.create('referrals', {
      data: {
        needId: input.needId,
        offerId: input.offerId,
        mode: input.mode,
        consentId: consentId ?? null,
        note,
      },
    });
    progress.draftId = String(data.id);
  }

  return dataProvider.transitionReferral(progress.draftId, { to: 'sent' });
}

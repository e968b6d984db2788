import { useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useGetList, useGetOne, useNotify, useRefresh, type RaRecord } from 'react-admin';
import { LIMITS, type ConsentForm, type ReferralMode } from '@lotsen/domain';
import type { LotsenDataProvider } from '../../providers/dataProvider';
import { proposalFilter, rankOffers, type RankableOffer } from '../offers/offerRanking';
import { consentDecision, shareConsentFilter, type ConsentLike } from './consentDecision';
import { sendReferral, type SendProgress } from './sendReferral';
import type { ContactScope } from './warmReferralData';

export interface Offer extends RankableOffer {
  providerId: string;
  districtIds: string[];
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  addressHidden?: boolean;
}

export interface Need {
  id: string;
  categoryKey: string;
  status: string;
}

export interface Family {
  id: string;
  name?: string;
  districtId?: string | null;
  languages?: string[];
  status?: string;
}

/**
 * The state of the refer dialog: the proposed offers and the pick, the mode, the consent (looked up
 * for a warm referral), the note; `submit` records the contact consents ticked in this step, then
 * creates the draft and sends it (sendReferral), going on where a failed attempt stopped.
 */
export function useReferForm({ need, family, onClose }: { need: Need; family: Family; onClose: () => void }) {
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const queryClient = useQueryClient();

  const [allDistricts, setAllDistricts] = useState(false);
  const [offerId, setOfferId] = useState<string | null>(null);
  const [mode, setMode] = useState<ReferralMode>('info');
  const [consentForm, setConsentForm] = useState<ConsentForm>('written');
  const [consentConfirmed, setConsentConfirmed] = useState(false);
  const [note, setNote] = useState('');
  const [recordContact, setRecordContact] = useState<ContactScope[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const progress = useRef<{ key: string; state: SendProgress }>({ key: '', state: {} });
  const recordedContact = useRef(new Set<ContactScope>());

  const filter = proposalFilter(need, allDistricts ? { districtId: null } : family);
  const { data: offers, isPending: offersPending } = useGetList<Offer & RaRecord>('offers', {
    filter,
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'title', order: 'ASC' },
  });
  const ranked = useMemo(() => rankOffers(offers ?? [], family.languages), [offers, family.languages]);

  // No offer is preselected (issue 25.9): the counsellor picks one; a pick that leaves the list
  // (another district filter) is cleared.
  useEffect(() => {
    if (offerId && !offersPending && !ranked.some((entry) => entry.offer.id === offerId)) setOfferId(null);
  }, [ranked, offerId, offersPending]);

  const offer = ranked.find((entry) => entry.offer.id === offerId)?.offer ?? null;
  const providerId = offer?.providerId ?? null;

  const { data: consents, isPending: consentsPending } = useGetList<ConsentLike & RaRecord>(
    'consents',
    {
      filter: providerId ? shareConsentFilter(family.id, providerId) : {},
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'givenAt', order: 'DESC' },
    },
    { enabled: mode === 'warm' && !!providerId },
  );
  const { data: provider } = useGetOne('providers', { id: providerId ?? '' }, { enabled: !!providerId });
  const decision =
    providerId && (mode === 'info' || !consentsPending)
      ? consentDecision(mode, providerId, consents ?? [])
      : null;

  const ready =
    !!offer &&
    !!decision &&
    (decision.kind !== 'record' || consentConfirmed) &&
    note.length <= LIMITS.textMax &&
    !saving;

  const changeMode = (value: ReferralMode) => {
    setMode(value);
    setError(null);
  };

  const submit = async () => {
    if (!offer || !decision || !providerId) return;
    // A retry for the same offer and mode goes on where the last attempt stopped.
    const key = `${offer.id}:${mode}`;
    setSaving(true);
    setError(null);
    try {
      if (progress.current.key !== key) {
        // A draft left by an attempt for another offer or mode is withdrawn, not left lying.
        const stale = progress.current.state.draftId;
        progress.current = { key, state: {} };
        if (stale) await dataProvider.transitionReferral(stale, { to: 'cancelled' }).catch(() => undefined);
      }
      // contact consents the counsellor recorded in this step (once, also over retries)
      if (mode === 'warm') {
        for (const scope of recordContact) {
          if (recordedContact.current.has(scope)) continue;
          await dataProvider.create('consents', {
            data: { familyId: family.id, scope, form: consentForm },
          });
          recordedContact.current.add(scope);
        }
      }
      await sendReferral(
        dataProvider,
        {
          familyId: family.id,
          needId: need.id,
          offerId: offer.id,
          providerId,
          mode,
          consent: decision,
          consentForm,
          consentConfirmed,
          note,
        },
        progress.current.state,
      );
      notify('resources.referrals.refer.done', { type: 'info' });
      onClose();
      refresh();
    } catch (failure) {
      // Look at the family's consents again: one recorded on the way is linked next time, and
      // after CONSENT_REQUIRED (e.g. withdrawn meanwhile) the dialog asks for a new one.
      void queryClient.invalidateQueries({ queryKey: ['consents'] });
      setError(failure instanceof Error && failure.message ? failure.message : 'ra.notification.http_error');
    } finally {
      setSaving(false);
    }
  };

  return {
    allDistricts,
    setAllDistricts,
    ranked,
    offersPending,
    offerId,
    setOfferId,
    offer,
    providerName: String(provider?.name ?? ''),
    mode,
    changeMode,
    decision,
    consentForm,
    setConsentForm,
    consentConfirmed,
    setConsentConfirmed,
    note,
    setNote,
    recordContact,
    setRecordContact,
    saving,
    error,
    /** A failed attempt left a draft: the next attempt goes on with it. */
    draftKept: !!progress.current.state.draftId,
    ready,
    submit,
  };
}

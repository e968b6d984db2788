// Referrals of family needs, the consents of the warm ones, and the needs' statuses, which
// follow their referrals (needStatusFromReferrals); the other needs were closed by hand or are open.
import { copy } from './copy.mjs';
import { DAY, iso, picker } from './random.mjs';

export function drawReferrals(g) {
  const { N, sub, END, clampEnd, famCreated, famLast, needFam, needTime, needCat } = g;
  const { offers, offersByCategory, providerCount } = g;
  const NN = N.needs;
  const R = N.referrals;
  const refNeed = new Uint32Array(R);
  {
    const r = sub('referrals');
    const familyNeeds = [];
    for (let n = 0; n < NN; n++) if (needFam[n] >= 0) familyNeeds.push(n);
    if (familyNeeds.length < R) throw new Error('not enough family needs for the referrals');
    for (let i = 0; i < R; i++) {
      const j = i + Math.floor(r.next() * (familyNeeds.length - i));
      [familyNeeds[i], familyNeeds[j]] = [familyNeeds[j], familyNeeds[i]];
      refNeed[i] = familyNeeds[i];
    }
  }
  const referrals = new Array(R);
  const needStatus = new Array(NN);
  const needResolved = new Float64Array(NN);
  const needUpdated = new Float64Array(NN);
  const consents = [];
  {
    const r = sub('referral-states');
    const recent = picker({
      draft: 12,
      sent: 30,
      accepted: 18,
      in_progress: 20,
      declined: 8,
      cancelled: 6,
      completed: 6,
    });
    const older = picker({
      draft: 1,
      sent: 2,
      accepted: 3,
      in_progress: 6,
      completed: 62,
      declined: 11,
      cancelled: 5,
      not_taken_up: 10,
    });
    const outcomes = picker({ successful: 65, partly: 20, unsuccessful: 15 });
    const declines = picker({
      no_capacity: 40,
      not_eligible: 20,
      out_of_area: 10,
      family_unreachable: 15,
      family_declined: 10,
      other: 5,
    });
    for (let i = 0; i < R; i++) {
      const n = refNeed[i];
      const f = needFam[n];
      const created = clampEnd(needTime[n] + r.next() ** 3 * 7 * DAY);
      const age = (END - created) / DAY;
      const status = age < 45 ? recent(r) : older(r);
      const cands = offersByCategory.get(needCat[n]);
      const offerIdx = cands && r.chance(0.85) ? r.pick(cands) : null;
      const providerIdx = offerIdx !== null ? offers[offerIdx].providerIdx : r.int(0, providerCount - 1);
      const mode = r.chance(0.6) ? 'warm' : 'info';
      const sentAt = status === 'draft' ? null : clampEnd(created + r.int(0, 36) * 3_600_000);
      let respondedAt = null;
      let completedAt = null;
      let outcome = null;
      let declineReason = null;
      let version = 1;
      if (sentAt !== null) version++;
      if (['accepted', 'in_progress', 'completed', 'declined', 'not_taken_up'].includes(status)) {
        respondedAt = clampEnd(sentAt + Math.exp(r.next() * 3.2) * 0.5 * DAY);
        version++;
      }
      if (status === 'in_progress' || status === 'completed' || status === 'not_taken_up') version++;
      if (status === 'completed') {
        completedAt = clampEnd(respondedAt + r.int(7, 90) * DAY);
        outcome = outcomes(r);
        version++;
      }
      if (status === 'declined') declineReason = declines(r);
      if (status === 'cancelled') version++;
      const updated = Math.max(created, sentAt ?? 0, respondedAt ?? 0, completedAt ?? 0);
      let consentId = null;
      if (mode === 'warm') {
        consentId = r.uuid();
        consents.push([
          consentId,
          f,
          providerIdx,
          Math.max(famCreated[f], created - r.int(0, 3) * 3_600_000),
        ]);
      }
      referrals[i] = {
        id: r.uuid(),
        n,
        f,
        providerIdx,
        offerIdx,
        mode,
        consentId,
        status,
        created,
        sentAt,
        respondedAt,
        completedAt,
        outcome,
        declineReason,
        version,
        updated,
      };
      if (updated > famLast[f]) famLast[f] = updated;
    }
    // needs follow their referrals (needStatusFromReferrals); the others were closed by hand or are open
    const byNeed = new Map();
    for (const ref of referrals) byNeed.set(ref.n, ref);
    const rs = sub('need-states');
    for (let n = 0; n < NN; n++) {
      const ref = byNeed.get(n);
      const age = (END - needTime[n]) / DAY;
      let status = 'open';
      let resolved = 0;
      let updated = needTime[n];
      if (ref && ref.status !== 'draft') {
        if (ref.status === 'completed' && ref.outcome === 'successful') {
          status = 'met';
          resolved = ref.completedAt;
        } else if (['sent', 'accepted', 'in_progress'].includes(ref.status)) status = 'referred';
        else if (ref.status === 'declined' && ref.declineReason === 'no_capacity' && rs.chance(0.5)) {
          status = 'unmet';
          resolved = clampEnd(ref.updated + rs.int(0, 5) * DAY);
        }
        updated = Math.max(updated, ref.updated, resolved);
      } else {
        const closed = age > 60 ? rs.next() < 0.72 : rs.next() < 0.3;
        if (closed) {
          status = picker({ met: 62, unmet: 22, withdrawn: 16 })(rs);
          resolved = clampEnd(needTime[n] + rs.next() ** 2 * 60 * DAY);
          updated = resolved;
        }
      }
      needStatus[n] = status;
      needResolved[n] = resolved;
      needUpdated[n] = updated;
      if (needFam[n] >= 0 && updated > famLast[needFam[n]]) famLast[needFam[n]] = updated;
    }
  }
  return { referrals, consents, needStatus, needResolved, needUpdated };
}

export async function loadConsents(g) {
  const { db, consents, famId, famOffice, famOwner, offices, providers, users } = g;
  consents.sort((a, b) => a[3] - b[3]);
  await copy(
    db,
    'consents',
    [
      'id',
      'family_id',
      'office_id',
      'scope',
      'provider_id',
      'form',
      'given_at',
      'recorded_by_id',
      'created_at',
      'updated_at',
    ],
    (function* () {
      for (const [id, f, p, at] of consents)
        yield [
          id,
          famId[f],
          offices[famOffice[f]].id,
          'share_with_provider',
          providers[p].id,
          'written',
          iso(at),
          users[famOwner[f]].id,
          iso(at),
          iso(at),
        ];
    })(),
  );
}

export async function loadReferrals(g) {
  const { db, referrals, needContact, needId, conCounsellor, famId, famOffice, famOwner } = g;
  const { offices, users, offers, providers } = g;
  referrals.sort((a, b) => a.created - b.created);
  await copy(
    db,
    'referrals',
    [
      'id',
      'need_id',
      'family_id',
      'office_id',
      'counsellor_id',
      'offer_id',
      'provider_id',
      'mode',
      'consent_id',
      'status',
      'sent_at',
      'responded_at',
      'completed_at',
      'outcome',
      'decline_reason',
      'note',
      'version',
      'created_at',
      'updated_at',
    ],
    (function* () {
      for (const x of referrals) {
        const k = needContact[x.n];
        const by = k >= 0 ? conCounsellor[k] : famOwner[x.f];
        yield [
          x.id,
          needId[x.n],
          famId[x.f],
          offices[famOffice[x.f]].id,
          users[by].id,
          x.offerIdx === null ? null : offers[x.offerIdx].id,
          providers[x.providerIdx].id,
          x.mode,
          x.consentId,
          x.status,
          x.sentAt && iso(x.sentAt),
          x.respondedAt && iso(x.respondedAt),
          x.completedAt && iso(x.completedAt),
          x.outcome,
          x.declineReason,
          null,
          x.version,
          iso(x.created),
          iso(x.updated),
        ];
      }
    })(),
  );
}

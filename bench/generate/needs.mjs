// Needs: most raised by a contact (same time), the rest entered for a family later. Their
// statuses are drawn with the referrals (referrals.mjs), which they follow.
import { copy } from './copy.mjs';
import { DAY, iso, picker } from './random.mjs';

export function drawNeeds(g) {
  const { N, sub, officeTime, clampEnd, pickCategory, famCreated, famLast, conFam, conTime } = g;
  const F = N.families;
  const C = N.contacts;
  const NN = N.needs;
  const needContact = new Int32Array(NN).fill(-1);
  const needFam = new Int32Array(NN).fill(-1);
  const needTime = new Float64Array(NN);
  const needCat = new Array(NN);
  {
    const r = sub('needs');
    const fromContacts = Math.round(NN * 0.9);
    let n = 0;
    const perContact = picker({ 0: 22, 1: 38, 2: 26, 3: 10, 4: 4 });
    for (let pass = 0; n < fromContacts; pass++) {
      for (let k = 0; k < C && n < fromContacts; k++) {
        const m = pass === 0 ? Number(perContact(r)) : r.chance(0.2) ? 1 : 0;
        for (let j = 0; j < m && n < fromContacts; j++, n++) {
          needContact[n] = k;
          needFam[n] = conFam[k];
          needTime[n] = conTime[k];
          needCat[n] = pickCategory(r);
        }
      }
    }
    for (; n < NN; n++) {
      const f = r.int(0, F - 1);
      needFam[n] = f;
      needTime[n] = officeTime(r, clampEnd(famCreated[f] + r.next() ** 2 * 600 * DAY));
      needCat[n] = pickCategory(r);
      if (needTime[n] > famLast[f]) famLast[f] = needTime[n];
    }
  }
  const needId = new Array(NN);
  {
    const r = sub('need-ids');
    for (let n = 0; n < NN; n++) needId[n] = r.uuid();
  }
  return { needContact, needFam, needTime, needCat, needId };
}

export async function loadNeeds(g) {
  const {
    db,
    N,
    sub,
    pickUnmet,
    offices,
    users,
    famId,
    famOffice,
    famOwner,
    conId,
    conOffice,
    conCounsellor,
  } = g;
  const { needContact, needFam, needTime, needCat, needId, needStatus, needResolved, needUpdated } = g;
  const NN = N.needs;
  const needOrder = Uint32Array.from({ length: NN }, (_, i) => i).sort(
    (a, b) => needTime[a] - needTime[b] || a - b,
  );
  await copy(
    db,
    'needs',
    [
      'id',
      'family_id',
      'contact_id',
      'office_id',
      'category_key',
      'description',
      'urgency',
      'status',
      'unmet_reason',
      'identified_at',
      'resolved_at',
      'created_by_id',
      'version',
      'created_at',
      'updated_at',
    ],
    (function* () {
      const r = sub('need-rows');
      for (const n of needOrder) {
        const k = needContact[n];
        const f = needFam[n];
        const office = k >= 0 ? conOffice[k] : famOffice[f];
        const by = k >= 0 ? conCounsellor[k] : famOwner[f];
        const status = needStatus[n];
        const at = iso(needTime[n]);
        yield [
          needId[n],
          f >= 0 ? famId[f] : null,
          k >= 0 ? conId[k] : null,
          offices[office].id,
          needCat[n],
          r.chance(0.3) ? 'Bedarf im Gespräch festgestellt' : null,
          needCat[n] === 'kinderschutz' ? 'high' : r.chance(0.15) ? 'high' : r.chance(0.2) ? 'low' : 'normal',
          status,
          status === 'unmet' ? pickUnmet(r) : null,
          at,
          needResolved[n] ? iso(needResolved[n]) : null,
          users[by].id,
          needUpdated[n] > needTime[n] ? 2 : 1,
          at,
          iso(needUpdated[n]),
        ];
      }
    })(),
  );
}

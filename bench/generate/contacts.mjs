// Contacts, chronological as the app writes them: every family's first one when it is created,
// more for families that come back, and anonymous ones (ANONYMOUS_SHARE) at the counter and on
// the phone.
import { copy } from './copy.mjs';
import { DAY, iso } from './random.mjs';
import { ANON_NO_DISTRICT, ANONYMOUS_SHARE } from './weights.mjs';

export function drawContacts(g) {
  const { N, sub, officeTime, growingTime, clampEnd, districtId, pickDistrict, pickChannel } = g;
  const {
    officeWeights,
    weightSum,
    counsellorsByOffice,
    famOffice,
    famOwner,
    famDistrict,
    famCreated,
    famLast,
  } = g;
  const F = N.families;
  const C = N.contacts;
  const conFam = new Int32Array(C); // -1 = anonymous
  const conTime = new Float64Array(C);
  const conOffice = new Uint16Array(C);
  const conCounsellor = new Uint32Array(C);
  {
    const r = sub('contacts');
    const familyContacts = Math.round(C * (1 - ANONYMOUS_SHARE));
    for (let k = 0; k < C; k++) {
      if (k < F) {
        conFam[k] = k; // every family has its first contact when it is created
        conTime[k] = famCreated[k];
      } else if (k < familyContacts) {
        const f = Math.floor(F * r.next() ** 1.6); // some families come back often
        conFam[k] = f;
        conTime[k] = officeTime(r, clampEnd(famCreated[f] + r.next() ** 2 * 900 * DAY));
      } else {
        conFam[k] = -1;
        conTime[k] = officeTime(r, growingTime(r));
      }
      if (conFam[k] >= 0) {
        const f = conFam[k];
        conOffice[k] = famOffice[f];
        conCounsellor[k] = r.chance(0.85) ? famOwner[f] : r.pick(counsellorsByOffice[famOffice[f]]);
        if (conTime[k] > famLast[f]) famLast[f] = conTime[k];
      } else {
        const x = r.next() * weightSum;
        let o = 0;
        let acc = officeWeights[0];
        while (acc < x) acc += officeWeights[++o];
        conOffice[k] = o;
        conCounsellor[k] = r.pick(counsellorsByOffice[o]);
      }
    }
  }
  const conOrder = Uint32Array.from({ length: C }, (_, i) => i).sort(
    (a, b) => conTime[a] - conTime[b] || a - b,
  );
  const conId = new Array(C);
  const conDistrict = new Array(C);
  const conChannel = new Array(C);
  {
    const r = sub('contact-ids');
    for (let k = 0; k < C; k++) {
      conId[k] = r.uuid();
      const f = conFam[k];
      conDistrict[k] =
        f >= 0 ? famDistrict[f] : r.chance(ANON_NO_DISTRICT) ? null : districtId[pickDistrict(r)];
      conChannel[k] = pickChannel(r);
    }
  }
  return { conFam, conTime, conOffice, conCounsellor, conOrder, conId, conDistrict, conChannel };
}

export async function loadContacts(g) {
  const { db, sub, offices, users, famId } = g;
  const { conFam, conTime, conOffice, conCounsellor, conOrder, conId, conDistrict, conChannel } = g;
  await copy(
    db,
    'contacts',
    [
      'id',
      'family_id',
      'office_id',
      'counsellor_id',
      'occurred_at',
      'channel',
      'duration_minutes',
      'district_id',
      'summary',
      'notes',
      'confidential',
      'version',
      'created_at',
      'updated_at',
    ],
    (function* () {
      const r = sub('contact-rows');
      for (const k of conOrder) {
        const f = conFam[k];
        const at = iso(conTime[k]);
        const ch = conChannel[k];
        const minutes =
          ch === 'walk_in'
            ? r.int(10, 60)
            : ch === 'phone'
              ? r.int(3, 30)
              : ch === 'outreach'
                ? r.int(15, 90)
                : r.int(5, 20);
        const confidential = f >= 0 && r.chance(0.03);
        yield [
          conId[k],
          f >= 0 ? famId[f] : null,
          offices[conOffice[k]].id,
          users[conCounsellor[k]].id,
          at,
          ch,
          minutes,
          conDistrict[k],
          r.chance(0.6)
            ? r.pick([
                'Erstberatung',
                'Antragshilfe',
                'Kurzinfo',
                'Folgetermin',
                'Weitervermittlung',
                'Rückfrage',
              ])
            : null,
          f >= 0 && r.chance(0.4)
            ? 'Gesprächsnotiz: Unterlagen besprochen, nächste Schritte vereinbart.'
            : null,
          confidential,
          1,
          at,
          at,
        ];
      }
    })(),
  );
}

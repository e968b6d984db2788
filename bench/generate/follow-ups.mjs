// Follow-ups: the outcome checks of sent referrals, and reminders of the counsellors.
import { copy } from './copy.mjs';
import { DAY, iso } from './random.mjs';

export function drawFollowUps(g) {
  const { N, sub, END, officeTime, clampEnd, famCreated, famLast, famOwner } = g;
  const { referrals, offers, providers } = g;
  const F = N.families;
  const FU = N.followUps;
  const followUps = new Array(FU);
  {
    const r = sub('follow-ups');
    const sent = referrals.filter((x) => x.sentAt !== null);
    for (let i = 0; i < FU; i++) {
      let f;
      let ref = null;
      let need = null;
      let created;
      let title;
      if (i < FU * 0.7 && sent.length > 0) {
        ref = sent[Math.floor(r.next() * sent.length)];
        f = ref.f;
        need = ref.n;
        created = ref.sentAt;
        title = `Rückmeldung zur Vermittlung: ${ref.offerIdx !== null ? `Angebot ${ref.offerIdx + 1}: ${offers[ref.offerIdx].cats.join(', ')}` : providers[ref.providerIdx].name}`;
      } else {
        f = r.int(0, F - 1);
        created = officeTime(r, clampEnd(famCreated[f] + r.next() * Math.max(1, END - famCreated[f])));
        title = r.pick([
          'Unterlagen nachfragen',
          'Antrag prüfen',
          'Rückruf vereinbaren',
          'Termin Jobcenter nachhalten',
          'Kita-Zusage prüfen',
          'Wohngeldbescheid besprechen',
        ]);
      }
      const due = created + r.int(3, 28) * DAY;
      let status = 'open';
      let doneAt = null;
      if (due < END) {
        const x = r.next();
        if (x < 0.8) {
          status = 'done';
          doneAt = clampEnd(created + r.next() * (due - created + 10 * DAY));
        } else if (x < 0.86) status = 'cancelled';
      } else if (r.chance(0.2)) {
        status = 'done';
        doneAt = clampEnd(created + r.next() * (END - created));
      }
      const updated = doneAt ?? (status === 'cancelled' ? clampEnd(due + DAY) : created);
      followUps[i] = {
        id: r.uuid(),
        f,
        ref,
        need,
        created,
        due,
        status,
        doneAt,
        title,
        updated,
        assignee: famOwner[f],
      };
      if (updated > famLast[f]) famLast[f] = updated;
    }
    followUps.sort((a, b) => a.created - b.created);
  }
  return { followUps };
}

export async function loadFollowUps(g) {
  const { db, followUps, famId, famOffice, famOwner, needId, offices, users } = g;
  await copy(
    db,
    'follow_ups',
    [
      'id',
      'family_id',
      'office_id',
      'referral_id',
      'need_id',
      'assignee_id',
      'title',
      'due_at',
      'status',
      'done_at',
      'note',
      'created_by_id',
      'version',
      'created_at',
      'updated_at',
    ],
    (function* () {
      for (const x of followUps) {
        yield [
          x.id,
          famId[x.f],
          offices[famOffice[x.f]].id,
          x.ref ? x.ref.id : null,
          x.need !== null ? needId[x.need] : null,
          users[x.assignee].id,
          x.title,
          iso(x.due),
          x.status,
          x.doneAt && iso(x.doneAt),
          null,
          users[famOwner[x.f]].id,
          x.status === 'open' ? 1 : 2,
          iso(x.created),
          iso(x.updated),
        ];
      }
    })(),
  );
}

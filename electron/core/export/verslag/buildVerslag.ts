/**
 * §2.2 the verslag of a bijeenkomst, built from the meeting's data alone (no clock, no random):
 * the same data gives the same verslag, text for text.
 *
 * The anonymised version (for partners) keeps, per field, only what cannot name a resident:
 * - kept: the tafel's name, the meeting's date, the case code, the order and time-box of an
 *   agenda item, the number of each besluit, an action's id, due date and status, and the
 *   ORGANISATIONS at the table (attendance, and an action owner's organisation when the owner is
 *   an attendee or a member of the tafel) — organisations are the partners themselves.
 * - left out (null): the alias; the names of people (attendees, chair, action owners: a resident
 *   or a relative can sit at the table or own an action); the place (it can be a home visit);
 *   and every free text — the notes, the besluit texts and the action texts, since each can
 *   describe the household. A partner sees that a besluit was taken and who acts by when; the
 *   dossier's full version says what.
 */
import type { Verslag, VerslagAction } from '../../../../shared/ipc/channels/meetings';
import type { VerslagData } from '../../data/meetingVerslag';

const WITHHELD = [
  'Geanonimiseerde versie voor partners: alleen casuscodes.',
  'Weggelaten: aliassen, namen van personen (aanwezigen, voorzitter, eigenaars van acties), de plaats, de aantekeningen en de tekst van besluiten en acties. Die staan in het volledige verslag in het dossier.',
];

export function buildVerslag(data: VerslagData, opts: { pseudonymised: boolean }): Verslag {
  const { meeting, tafel } = data;
  const anon = opts.pseudonymised;
  const organisationOf = new Map<string, string>();
  for (const m of tafel?.members ?? []) organisationOf.set(m.name, m.organisation);
  for (const a of meeting.attendance) organisationOf.set(a.name, a.organisation);
  const action = (a: { id: string; text: string; owner: string; due: string; status: VerslagAction['status'] }): VerslagAction => ({
    id: a.id,
    text: anon ? null : a.text,
    owner: anon ? (organisationOf.get(a.owner) ?? null) : a.owner,
    due: a.due,
    status: a.status,
  });
  return {
    version: anon ? 'geanonimiseerd' : 'volledig',
    meetingId: meeting.id,
    tafelName: tafel?.name ?? meeting.tafel,
    date: meeting.date,
    place: anon ? null : (meeting.place ?? null),
    chair: anon ? null : (meeting.chair ?? null),
    attendance: meeting.attendance.map((a) => ({ name: anon ? null : a.name, organisation: a.organisation, present: a.present })),
    items: [...meeting.agenda]
      .sort((x, y) => x.order - y.order)
      .map((item) => ({
        order: item.order,
        caseCode: item.caseCode,
        alias: anon ? null : (data.aliases.get(item.caseCode) ?? null),
        minutes: item.minutes,
        notes: anon ? null : (item.notes ?? null),
        decisions: item.decisions.map((d, i) => ({ number: i + 1, text: anon ? null : d.text })),
        actions: item.actions.map(action),
      })),
    carriedOver: data.carriedOver.map((a) => ({
      ...action({ id: a.actionId, text: a.text, owner: a.owner, due: a.due, status: 'open' }),
      caseCode: a.caseCode,
      meetingDate: a.meetingDate,
    })),
    withheld: anon ? WITHHELD : [],
  };
}

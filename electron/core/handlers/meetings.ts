/**
 * §2.2 bijeenkomsten: the meeting, its agenda, notes, besluiten and new acties (the tafels and the
 * acties once made have their own prefix files). Writes go through `mutation` (one
 * transaction with its audit entry); the audit detail holds ids, case codes, field names, dates
 * and counts — never notes, besluit or action texts.
 */
import type { Handlers } from '../../../shared/ipc/contract';
import { readMeeting, listMeetingSummaries } from '../data/meetingRead';
import { listAgendaProposals } from '../data/meetingProposal';
import {
  addAction,
  addDecision,
  createMeeting,
  removeDecision,
  saveNotes,
  setAgenda,
  updateMeeting,
} from '../data/meetingWrite';
import type { HandlerContext } from './support/context';
import { withCaseStatus } from './support/caseEdit';
import { clock, mutation, today } from './support/mutation';
import { readCase, saveCase } from '../data/caseDocument';
import type { Db } from '../store/openDatabase';
import { buildVerslagPdf, verslagOf } from '../export/verslag/verslagPdf';

type MeetingChannel =
  | 'meetings:list'
  | 'meetings:get'
  | 'meetings:create'
  | 'meetings:update'
  | 'meetings:setAgenda'
  | 'meetings:proposeAgenda'
  | 'meetings:saveNotes'
  | 'meetings:addDecision'
  | 'meetings:removeDecision'
  | 'meetings:addAction'
  | 'meetings:verslag';

/**
 * §2.1 a new aanmelding put on an agenda is geagendeerd: the status moves with it, recorded in the
 * case's status history like any transition (same transaction as the agenda change).
 */
function markGeagendeerd(ctx: HandlerContext, db: Db, meetingId: string, added: readonly string[]): string[] {
  const meeting = readMeeting(db, meetingId);
  const moved: string[] = [];
  for (const code of added) {
    const c = readCase(db, code);
    if (c.status !== 'aangemeld') continue;
    saveCase(db, withCaseStatus(ctx, c, 'geagendeerd', `Op de agenda van ${meeting.tafel} op ${meeting.date}`), 'replace');
    moved.push(code);
  }
  return moved;
}

const meetingAudit = (action: string, id: string, detail: Record<string, unknown>) => ({ action, entity: 'meeting', entityId: id, detail });

export function meetingsHandlers(ctx: HandlerContext) {
  const read = () => ctx.session.database();
  return {
    'meetings:list': async (q) => ({ items: listMeetingSummaries(read(), q) }),
    'meetings:get': async ({ id }) => readMeeting(read(), id),
    'meetings:create': async (input) =>
      mutation(ctx, (db) => {
        const id = createMeeting(db, input);
        return { result: { id }, audit: meetingAudit('meeting.create', id, { tafel: input.tafelId, date: input.date }) };
      }),
    'meetings:update': async (input) =>
      mutation(ctx, (db) => {
        const fields = updateMeeting(db, input);
        const detail = { fields, ...(input.date === undefined ? {} : { date: input.date }), ...(input.attendance ? { attendance: input.attendance.length } : {}) };
        return { result: { meeting: readMeeting(db, input.id) }, audit: meetingAudit('meeting.update', input.id, detail) };
      }),
    'meetings:setAgenda': async ({ id, items }) =>
      mutation(ctx, (db) => {
        const { added, removed } = setAgenda(db, id, items);
        const geagendeerd = markGeagendeerd(ctx, db, id, added);
        const detail = { caseCodes: items.map((i) => i.caseCode), count: items.length, added, removed, geagendeerd };
        return { result: { meeting: readMeeting(db, id) }, audit: meetingAudit('meeting.setAgenda', id, detail) };
      }),
    'meetings:proposeAgenda': async ({ id }) => ({ items: listAgendaProposals(read(), id, today(ctx)) }),
    'meetings:saveNotes': async ({ id, caseCode, notes }) =>
      mutation(ctx, (db) => {
        saveNotes(db, id, caseCode, notes);
        return { result: { meeting: readMeeting(db, id) }, audit: meetingAudit('meeting.saveNotes', id, { caseCode, cleared: notes === '' }) };
      }),
    'meetings:addDecision': async ({ id, caseCode, text }) =>
      mutation(ctx, (db) => {
        const index = addDecision(db, id, caseCode, text);
        return { result: { meeting: readMeeting(db, id) }, audit: meetingAudit('meeting.addDecision', id, { caseCode, index }) };
      }),
    'meetings:removeDecision': async ({ id, caseCode, index }) =>
      mutation(ctx, (db) => {
        removeDecision(db, id, caseCode, index);
        return { result: { meeting: readMeeting(db, id) }, audit: meetingAudit('meeting.removeDecision', id, { caseCode, index }) };
      }),
    'meetings:addAction': async ({ id, caseCode, text, owner, due }) =>
      mutation(ctx, (db) => {
        const actionId = addAction(db, id, caseCode, { text, owner, due });
        return {
          result: { actionId, meeting: readMeeting(db, id) },
          audit: { action: 'action.add', entity: 'action', entityId: actionId, detail: { meeting: id, caseCode, due } },
        };
      }),
    'meetings:verslag': async ({ id, pseudonymised, format }) => {
      const db = read();
      const verslag = verslagOf(db, id, pseudonymised);
      const fileName = `verslag-${id}${pseudonymised ? '-geanonimiseerd' : ''}.pdf`;
      // Showing the verslag is a read; the PDF leaves the store, so buildVerslagPdf audits it.
      const pdf = format === 'pdf' ? (await buildVerslagPdf(db, { meetingId: id, pseudonymised, now: clock(ctx), actor: ctx.actor })).toString('base64') : null;
      return { fileName, verslag, pdf };
    },
  } satisfies Pick<Handlers, MeetingChannel>;
}

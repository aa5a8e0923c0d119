import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { visibleInspection } from '../../functions/app/access/inspectionAccess.js';
import { changeOfficial } from '../../functions/app/inspections/changeOfficial.js';
import { startInspection } from '../../functions/app/inspections/startInspection.js';
import { readReportProgress, recordReportStage } from '../../functions/app/report/recordReportStage.js';
import { claimsOf, type Principal } from '../../functions/domain/access.js';
import { NOTICE_AUDIENCE } from '../../functions/domain/notices/catalogue.js';
import { routeNamed } from '../../functions/handlers/api.js';
import { apiOverHttp } from '../../functions/handlers/http.js';
import { routeKeyOf, type RouteName } from '../../functions/handlers/routeManifest.js';
import type { LocalStack } from '../../functions/local/localStack.js';
import type { StoredEmail } from '../../functions/local/sesLocal.js';
import type { InspectionRecord } from '../../functions/ports/records.js';
import { PEOPLE, recipients, runUntil, sentNotices, SIGNED_IN, start, useEmulators } from './harness.js';

/**
 * People who change and the report's road (issue 15) on the emulators: DynamoDB Local, the local
 * SES server and the lifecycle state machine on aws-local-stepfunctions, on a simulated clock.
 * North East, fieldwork Monday 1 March to Friday 19 March 2027, announced Monday 8 February at
 * 09:00 GMT; the first draft is due Friday 2 April, contract editing Tuesday 6 April, publication
 * Friday 30 April (notices at 09:00 BST, 08:00 UTC).
 */

const env = useEmulators();

const INSPECTION = 'north-east-2027-03-01';
const { spoc: _noSpoc, ...WITHOUT_SPOC } = PEOPLE;
const NEW_SPOC = { name: 'Nia Newcontact', email: 'nia.newcontact@region.example' };
const NEW_LEAD = { name: 'Lowri Newlead', email: 'lowri.newlead@officials.example' };
/** The region's RPD, signed in as the region. */
const RPD: Principal = { role: 'region', ...PEOPLE.rpd, regionId: 'north-east' };
const OLD_LEAD: Principal = { role: 'lead', ...PEOPLE.lead };
const NEW_LEAD_SIGNED_IN: Principal = { role: 'lead', ...NEW_LEAD };

/** The HTTP API as API Gateway calls it, for a signed-in person, on the stack's simulated clock. */
async function call(
  stack: LocalStack,
  who: Principal,
  routeName: RouteName,
  request: { path?: Record<string, string>; body?: Record<string, unknown> } = {},
) {
  const response = await stack.run(() =>
    apiOverHttp(stack.deps)({
      routeKey: routeKeyOf(routeNamed(routeName)),
      pathParameters: request.path ?? null,
      queryStringParameters: null,
      body: request.body === undefined ? null : JSON.stringify(request.body),
      requestContext: { authorizer: { jwt: { claims: claimsOf(who) } } },
    }),
  );
  return { status: response.statusCode, body: JSON.parse(response.body) as { value?: unknown } };
}

/** The inspection's item exactly as DynamoDB Local holds it. */
async function storedItem(stack: LocalStack, inspectionId: string): Promise<Record<string, unknown> | undefined> {
  const { Item } = await DynamoDBDocumentClient.from(stack.dynamoClient).send(
    new GetCommand({ TableName: stack.deps.config.tableName, Key: { pk: `INSP#${inspectionId}`, sk: 'META' } }),
  );
  return Item;
}

/** Whether a sent notice's email went to (or was copied to) this address. */
const addressedTo = (email: string) => (notice: { email?: StoredEmail }) => {
  const { to, cc } = recipients(notice.email);
  return [...to, ...cc].includes(email);
};

describe('naming the SPOC after the announcement', () => {
  it('the RPD names the SPOC: one notice with the key dates and the calendar file, and the region’s next notice goes to them', async () => {
    const stack = await env.stack('2027-02-01T08:00:00Z');
    await stack.run(() =>
      startInspection(stack.deps, SIGNED_IN.isa, {
        region: 'North East',
        fieldworkStart: '2027-03-01',
        people: WITHOUT_SPOC,
      }),
    );
    // The driver sends the announcement (to the RPD: nobody else speaks for the region yet).
    await runUntil(stack, '2027-02-08T14:00:00Z');
    const announcement = (await sentNotices(stack, INSPECTION)).find((n) => n.kind === 'announcement');
    expect(recipients(announcement?.email).to).toEqual([PEOPLE.rpd.email]);
    const namedAt = stack.deps.clock.now().toISOString();

    const answer = await call(stack, RPD, 'changeOfficial', {
      path: { inspectionId: INSPECTION, role: 'spoc' },
      body: NEW_SPOC,
    });
    await runUntil(stack, '2027-02-19T12:00:00Z');

    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect((await stack.deps.timeline.getInspection(INSPECTION))?.people.spoc).toEqual(NEW_SPOC);
    const notices = await sentNotices(stack, INSPECTION);
    const named = notices.filter((n) => n.kind === 'contact-named');
    expect(named).toHaveLength(1);
    expect(named[0]?.sentAt).toBe(namedAt); // Monday 14:00: within working hours, at once
    expect(recipients(named[0]?.email)).toEqual({ to: [NEW_SPOC.email], cc: [PEOPLE.lead.email] });
    expect(named[0]?.email?.subject).toContain('single point of contact');
    const text = named[0]?.email?.body.text ?? '';
    expect(text).toMatch(/key dates/i);
    expect(text).toContain('Monday 1 March 2027');
    expect(named[0]?.email?.attachments.map((a) => a.contentType)).toEqual(['text/calendar']);
    // The SES server holds that one email, and no other telling the SPOC they were named.
    const emails = await stack.ses.emails();
    const welcomes = emails.filter(
      (e) =>
        e.destination.to.some((to) => to.includes(NEW_SPOC.email)) && e.subject.includes('single point of contact'),
    );
    expect(welcomes.map((e) => e.messageId)).toEqual([named[0]?.messageId]);
    // The next notice meant for the region goes to the SPOC, not the RPD.
    const next = notices.find(
      (n) => (n.sentAt ?? '') > namedAt && n.kind !== 'contact-named' && NOTICE_AUDIENCE[n.kind] === 'region',
    );
    expect(next, 'a notice for the region after the SPOC was named').toBeDefined();
    expect(recipients(next?.email).to).toContain(NEW_SPOC.email);
    expect(recipients(next?.email).to).not.toContain(PEOPLE.rpd.email);
    // Audited: who named whom.
    expect((await stack.deps.timeline.auditTrail(INSPECTION)).find((e) => e.action === 'official named')).toMatchObject(
      {
        actor: PEOPLE.rpd.name,
        actorId: PEOPLE.rpd.email,
        before: { spoc: null },
        after: { spoc: NEW_SPOC, told: ['contact-named'] },
      },
    );
  }, 60_000);
});

describe('replacing the lead', () => {
  it('moves access at once, tells the new lead and the old once each, sends what was pending to the new lead, and audits it', async () => {
    const stack = await env.stack('2027-02-01T08:00:00Z');
    await start(stack, 'North East', '2027-03-01');
    await runUntil(stack, '2027-02-09T10:00:00Z'); // Tuesday, after the announcement
    expect((await call(stack, OLD_LEAD, 'getInspection', { path: { inspectionId: INSPECTION } })).status).toBe(200);
    const changedAt = stack.deps.clock.now().toISOString();

    await stack.run(() =>
      changeOfficial(stack.deps, SIGNED_IN.isa, { inspectionId: INSPECTION, role: 'lead', ...NEW_LEAD }),
    );

    // At once, before any driver runs: the old lead is refused, the new lead sees it.
    await expect(stack.run(() => visibleInspection(stack.deps, OLD_LEAD, INSPECTION))).rejects.toMatchObject({
      name: 'ForbiddenError',
    });
    expect((await call(stack, OLD_LEAD, 'getInspection', { path: { inspectionId: INSPECTION } })).status).toBe(403);
    await expect(stack.run(() => visibleInspection(stack.deps, NEW_LEAD_SIGNED_IN, INSPECTION))).resolves.toMatchObject(
      { id: INSPECTION },
    );
    expect(
      (await call(stack, NEW_LEAD_SIGNED_IN, 'getInspection', { path: { inspectionId: INSPECTION } })).status,
    ).toBe(200);

    await runUntil(stack, '2027-02-26T12:00:00Z');
    const notices = await sentNotices(stack, INSPECTION);
    const named = notices.filter((n) => n.kind === 'official-named');
    const replaced = notices.filter((n) => n.kind === 'official-replaced');
    expect(named).toHaveLength(1);
    expect(named[0]?.sentAt).toBe(changedAt);
    expect(recipients(named[0]?.email)).toEqual({ to: [NEW_LEAD.email], cc: [PEOPLE.isa.email] });
    expect(named[0]?.email?.attachments.map((a) => a.contentType)).toEqual(['text/calendar']);
    expect(replaced).toHaveLength(1);
    expect(replaced[0]?.sentAt).toBe(changedAt);
    expect(recipients(replaced[0]?.email)).toEqual({ to: [PEOPLE.lead.email], cc: [] });
    expect(replaced[0]?.email?.body.text).toContain(NEW_LEAD.name);
    // Sent ones stay as sent; what went afterwards reached the new lead, never the old.
    const afterwards = notices.filter((n) => (n.sentAt ?? '') >= changedAt && n.kind !== 'official-replaced');
    expect(afterwards.filter(addressedTo(PEOPLE.lead.email)).map((n) => n.id)).toEqual([]);
    expect(afterwards.filter((n) => n.kind !== 'official-named').filter(addressedTo(NEW_LEAD.email))).not.toEqual([]);
    expect(notices.filter((n) => (n.sentAt ?? '') < changedAt).filter(addressedTo(PEOPLE.lead.email))).not.toEqual([]);
    expect(await stack.ses.emails()).toHaveLength(notices.length);
    // Audited: before, after and who.
    const entry = (await stack.deps.timeline.auditTrail(INSPECTION)).find((e) => e.action === 'official replaced');
    expect(entry).toMatchObject({
      at: changedAt,
      actor: SIGNED_IN.isa.name,
      actorId: SIGNED_IN.isa.email,
      before: { lead: PEOPLE.lead },
      after: { lead: NEW_LEAD, told: ['official-named', 'official-replaced'] },
    });
  }, 60_000);
});

describe('a report stage done late', () => {
  it('pushes the forecast by its lateness, as DynamoDB holds it, after one reminder and one overdue notice each sent once', async () => {
    const stack = await env.stack('2027-02-01T08:00:00Z');
    await start(stack, 'North East', '2027-03-01');
    // After fieldwork, on the draft report's date (Friday 2 April), the lead records the draft
    // written the day before: on time.
    await runUntil(stack, '2027-04-02T10:00:00Z');
    await stack.run(() =>
      recordReportStage(stack.deps, SIGNED_IN.lead, {
        inspectionId: INSPECTION,
        stageId: 'firstDraft',
        kind: 'done',
        on: '2027-04-01',
      }),
    );
    // Contract editing, due Tuesday 6 April, is recorded done on Thursday 8 April: 2 working days late.
    await runUntil(stack, '2027-04-08T12:00:00Z');
    const recorded = await stack.run(() =>
      recordReportStage(stack.deps, SIGNED_IN.isa, {
        inspectionId: INSPECTION,
        stageId: 'contractEditing',
        kind: 'done',
        on: '2027-04-08',
      }),
    );

    // The forecast: Friday 30 April planned; 2 working days later is Wednesday 5 May (Monday 3 May
    // is a bank holiday).
    expect(recorded.forecast).toMatchObject({
      planned: '2027-04-30',
      forecast: '2027-05-05',
      slippageWorkingDays: 2,
      published: false,
    });
    expect(recorded.forecast.stages.find((s) => s.id === 'contractEditing')).toMatchObject({
      status: 'done',
      plannedDue: '2027-04-06',
      expectedDone: '2027-04-08',
      lateWorkingDays: 2,
    });
    // What DynamoDB holds: the contract editing record on the inspection's item, the first draft on
    // its milestone.
    const item = await storedItem(stack, INSPECTION);
    expect(item?.reportRecords).toEqual([{ kind: 'done', stageId: 'contractEditing', on: '2027-04-08' }]);
    const draft = (await stack.deps.timeline.milestones(INSPECTION)).find((m) => m.id === 'draftReportDue');
    expect(draft?.completedAt?.slice(0, 10)).toBe('2027-04-01');
    // The forecast read back from what the store holds is the same.
    const stored = await readReportProgress(stack.deps, item as unknown as InspectionRecord);
    expect(stored.forecast).toMatchObject({ planned: '2027-04-30', forecast: '2027-05-05', slippageWorkingDays: 2 });
    const read = await readReportProgress(
      stack.deps,
      (await stack.deps.timeline.getInspection(INSPECTION)) as InspectionRecord,
    );
    expect(read.forecast.stages.find((s) => s.id === 'contractEditing')).toEqual(
      recorded.forecast.stages.find((s) => s.id === 'contractEditing'),
    );

    // A week on, contract editing's notices as the driver sent them: the day-before reminder to the
    // ISA (for the contract editor), the overdue notice the day after its date to the ISA copied to
    // the Head of Programme; each once. The five-day reminder (Tuesday 30 March) had passed when the
    // draft was recorded.
    await runUntil(stack, '2027-04-16T12:00:00Z');
    const notices = (await sentNotices(stack, INSPECTION)).filter((n) => n.id.startsWith('report:contractEditing'));
    expect(notices.map((n) => [n.id, n.sentAt])).toEqual([
      ['report:contractEditing.round-1.reminder-1', '2027-04-05T08:00:00.000Z'],
      ['report:contractEditing.round-1.overdue', '2027-04-07T08:00:00.000Z'],
    ]);
    expect(recipients(notices[0]?.email)).toEqual({ to: [PEOPLE.isa.email], cc: [] });
    expect(notices[0]?.email?.body.text).toContain('Tuesday 6 April 2027');
    expect(recipients(notices[1]?.email)).toEqual({ to: [PEOPLE.isa.email], cc: [PEOPLE.headOfProgramme.email] });
    expect(notices[1]?.email?.subject).toContain('Overdue');
    expect(notices[1]?.email?.body.text).toContain('It is 1 working day late');
    const emails = await stack.ses.emails();
    for (const notice of notices) {
      expect(
        emails.filter((e) => e.headers.some((h) => h.value === notice.id)),
        notice.id,
      ).toHaveLength(1);
    }
  }, 120_000);
});

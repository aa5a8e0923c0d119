import { describe, expect, it } from 'vitest';
import { planInspection, runLifecycle, timelineOf } from '../app/arrange.js';
import { memoryDeps, type MemoryDeps } from '../support/memoryDeps.js';
import { SIGNED_IN } from '../support/principals.js';
import { PEOPLE } from '../support/records.js';
import { pagesFor, pageText } from './inProcessPages.js';

/**
 * The dates and recording pages in process (no browser): the pages' own router over the in-memory
 * stores, as the person signed in. What a person reads is taken from the HTML the page returns.
 */
async function northEast(until = '2027-02-09T12:00:00Z') {
  const deps = memoryDeps();
  const { inspection } = await planInspection(deps);
  await runLifecycle(deps, inspection.id, until);
  return { deps, id: inspection.id, ask: pagesFor(deps) };
}

/** The hidden fields of the form posting to `action`. */
function hiddenFields(html: string, action: string): Record<string, string> {
  const form = new RegExp(`<form method="post" action="${action}"[^>]*>([\\s\\S]*?)</form>`).exec(html)?.[1] ?? '';
  return Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]),
  );
}

const plannedVersion = async (deps: MemoryDeps, id: string) => (await timelineOf(deps, id)).inspection.planVersion;

describe('changing dates from the pages', () => {
  it('refuses a mistyped past year on the form, saving and sending nothing', async () => {
    const { deps, id, ask } = await northEast();
    const sent = deps.notifier.sent.length;

    const page = await ask('POST', `/inspections/${id}/reschedule`, {
      'fieldworkStart-day': '8',
      'fieldworkStart-month': '3',
      'fieldworkStart-year': '2026',
    });

    expect(page.status).toBe(400);
    expect(pageText(page.body)).toContain(
      'First day of fieldwork is in the past; fieldwork can start on Monday 15 February 2027 at the earliest',
    );
    expect(page.body).toContain('href="#fieldworkStart-day"');
    expect(await plannedVersion(deps, id)).toBe(1);
    await runLifecycle(deps, id, '2027-02-09T12:30:00Z');
    expect(deps.notifier.sent).toHaveLength(sent);
  });

  it('refuses a bank-holiday Monday, offering the nearest working Mondays', async () => {
    const { ask, id } = await northEast();

    const page = await ask('POST', `/inspections/${id}/reschedule`, {
      'fieldworkStart-day': '30',
      'fieldworkStart-month': '8',
      'fieldworkStart-year': '2027',
    });

    expect(page.status).toBe(400);
    expect(pageText(page.body)).toContain(
      'is a bank holiday (Summer bank holiday); fieldwork starts on a working Monday: Monday 23 August 2027 or Monday 6 September 2027',
    );
  });

  it('shows every date that moves and who is emailed what before saving, then saves what was checked', async () => {
    const { deps, ask, id } = await northEast();

    const check = await ask('POST', `/inspections/${id}/reschedule`, {
      'fieldworkStart-day': '8',
      'fieldworkStart-month': '3',
      'fieldworkStart-year': '2027',
    });

    expect(check.status).toBe(200);
    const shown = pageText(check.body);
    expect(shown).toContain('Check the new dates before they are changed');
    expect(shown).toContain('Nothing has been changed or sent yet');
    expect(shown).toMatch(/Fieldwork week one starts[^]*Monday 1 March 2027 Monday 8 March 2027/);
    expect(shown).toContain(`${PEOPLE.rpd.name} (${PEOPLE.rpd.email}), ${PEOPLE.spoc.name} (${PEOPLE.spoc.email})`);
    expect(shown).toContain(`${PEOPLE.headOfProgramme.name} (${PEOPLE.headOfProgramme.email})`);
    expect(await plannedVersion(deps, id)).toBe(1);

    const confirm = hiddenFields(check.body, `/inspections/${id}/reschedule`);
    expect(confirm).toMatchObject({ fieldworkStart: '2027-03-08', expectedPlanVersion: '1', confirm: 'yes' });
    const saved = await ask('POST', `/inspections/${id}/reschedule`, confirm);

    expect(saved).toMatchObject({ status: 303, headers: { location: `/inspections/${id}?recorded=rescheduled` } });
    expect((await timelineOf(deps, id)).inspection).toMatchObject({ fieldworkStart: '2027-03-08', planVersion: 2 });
  });

  it('says the region is not emailed about a change made before its announcement', async () => {
    const { ask, id } = await northEast('2027-01-04T09:00:00Z');

    const check = await ask('POST', `/inspections/${id}/reschedule`, {
      'fieldworkStart-day': '8',
      'fieldworkStart-month': '3',
      'fieldworkStart-year': '2027',
    });

    const shown = pageText(check.body);
    expect(shown).toContain('The region has not been told of this inspection yet');
    expect(shown).not.toContain(PEOPLE.rpd.email);
    expect(shown).not.toContain(PEOPLE.spoc.email);
  });

  it('moves a single milestone through the same check', async () => {
    const { deps, ask, id } = await northEast();
    const form = await ask('GET', `/inspections/${id}/milestones/evidenceDeadline/date`);
    expect(pageText(form.body)).toContain('All evidence in advance uploaded: now Monday 22 February 2027');

    const check = await ask('POST', `/inspections/${id}/reschedule`, {
      milestoneId: 'evidenceDeadline',
      'milestoneDate-day': '23',
      'milestoneDate-month': '2',
      'milestoneDate-year': '2027',
    });
    expect(pageText(check.body)).toMatch(
      /All evidence in advance uploaded Monday 22 February 2027 Tuesday 23 February 2027/,
    );
    await ask('POST', `/inspections/${id}/reschedule`, hiddenFields(check.body, `/inspections/${id}/reschedule`));

    const evidence = (await timelineOf(deps, id)).milestones.find((m) => m.id === 'evidenceDeadline');
    expect(evidence?.dueDate).toBe('2027-02-23');
  });
});

describe('recording work from the pages', () => {
  it('offers no "Record as done" before the inspection is announced, and says why', async () => {
    // Planned on 4 January 2027; its announcement is due on 8 February.
    const { id, ask } = await northEast('2027-01-05T12:00:00Z');
    const before = await ask('GET', `/inspections/${id}`);
    expect(before.body).not.toContain(`action="/inspections/${id}/completions"`);
    expect(pageText(before.body)).toContain('Work can be recorded here once the inspection has been announced.');

    const { id: announced, ask: askLater } = await northEast();
    const after = await askLater('GET', `/inspections/${announced}`);
    expect(after.body).toContain(`action="/inspections/${announced}/completions"`);
    expect(after.body).not.toContain('id="not-recordable"');
  });

  it('records with a date and note, shows who recorded it and when, and lets them undo it that day', async () => {
    const { deps, ask, id } = await northEast('2027-02-12T10:00:00Z');

    const form = await ask(
      'POST',
      `/inspections/${id}/completions`,
      { milestoneId: 'orgStructureDue' },
      SIGNED_IN.lead,
    );
    expect(form.status).toBe(200);
    expect(hiddenFields(form.body, `/inspections/${id}/completions`)).toMatchObject({
      milestoneId: 'orgStructureDue',
      step: 'record',
    });
    expect(form.body).toMatch(/name="on-day"[^>]*value="12"/);

    const recorded = await ask(
      'POST',
      `/inspections/${id}/completions`,
      {
        ...hiddenFields(form.body, `/inspections/${id}/completions`),
        'on-day': '11',
        'on-month': '2',
        'on-year': '2027',
        note: 'In the mailbox',
      },
      SIGNED_IN.lead,
    );
    expect(recorded.status).toBe(303);
    const timeline = await ask('GET', `/inspections/${id}?recorded=orgStructureDue`, {}, SIGNED_IN.lead);
    expect(pageText(timeline.body)).toContain(
      'Done on Thursday 11 February 2027. Recorded by Lee Inspector on 12 February 2027 at 10am. Note: In the mailbox',
    );
    expect(timeline.body).toContain('id="undo-orgStructureDue"');
    // The deputy lead did not record it: no undo for them.
    const deputy = await ask('GET', `/inspections/${id}`, {}, SIGNED_IN.deputyLead);
    expect(deputy.body).not.toContain('id="undo-orgStructureDue"');

    const undone = await ask(
      'POST',
      `/inspections/${id}/completions/undo`,
      { milestoneId: 'orgStructureDue' },
      SIGNED_IN.lead,
    );
    expect(undone.headers.location).toBe(`/inspections/${id}?undone=orgStructureDue`);
    expect((await timelineOf(deps, id)).milestones.find((m) => m.id === 'orgStructureDue')?.status).toBe('pending');
  });

  it('refuses a date in the future on the record page', async () => {
    const { ask, id } = await northEast('2027-02-12T10:00:00Z');

    const page = await ask('POST', `/inspections/${id}/completions`, {
      milestoneId: 'orgStructureDue',
      step: 'record',
      'on-day': '13',
      'on-month': '2',
      'on-year': '2027',
    });

    expect(page.status).toBe(400);
    expect(pageText(page.body)).toContain(
      'The date it was done must be between when the inspection was planned (Monday 4 January 2027) and today',
    );
    expect(page.body).toContain('href="#on-day"');
  });

  it('waives a milestone with a reason, asking for one first', async () => {
    const { deps, ask, id } = await northEast('2027-02-12T10:00:00Z');

    const empty = await ask('POST', `/inspections/${id}/milestones/planningNotesIssued/waive`, {});
    expect(empty.status).toBe(400);
    expect(pageText(empty.body)).toContain('Say why the milestone is waived');
    expect(empty.body).toContain('href="#waiverReason"');

    const waived = await ask('POST', `/inspections/${id}/milestones/planningNotesIssued/waive`, {
      waiverReason: 'The meeting was cancelled; notes went out with the announcement',
    });
    expect(waived.status).toBe(303);
    const timeline = await ask('GET', `/inspections/${id}`);
    expect(pageText(timeline.body)).toContain(
      'Waived. Recorded by Isa Admin on 12 February 2027 at 10am. Reason: The meeting was cancelled',
    );
    expect((await timelineOf(deps, id)).milestones.find((m) => m.id === 'planningNotesIssued')?.status).toBe('waived');
  });
});

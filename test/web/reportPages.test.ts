import { describe, expect, it } from 'vitest';
import { planInspection, runLifecycle } from '../app/arrange.js';
import { memoryDeps } from '../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../support/principals.js';
import { pagesFor, pageText } from './inProcessPages.js';

/**
 * The report's road from the pages (issue 15), in process: the stages with their state and the
 * forecast beside the aim, recording a stage, the refusals, and the page in Welsh.
 */
async function northEastAfterFieldwork(now = '2027-04-06T10:00:00Z', region = 'North East') {
  const deps = memoryDeps();
  deps.clock.set('2027-01-04T10:00:00Z');
  const { inspection } = await planInspection(deps, { region });
  await runLifecycle(deps, inspection.id, now);
  return { deps, id: inspection.id, ask: pagesFor(deps) };
}

const on = (day: number, month: number, year = 2027) => ({
  'on-day': String(day),
  'on-month': String(month),
  'on-year': String(year),
});

/** One stage's row of the table as a reader reads it. */
const rowOf = (html: string, stageId: string) =>
  pageText(new RegExp(`<tr[^>]*id="stage-${stageId}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? '');

describe('the report page', () => {
  it('shows each stage with who does it, its due date and its state, and the forecast beside the six-week aim', async () => {
    const { id, ask } = await northEastAfterFieldwork();

    const page = await ask('GET', `/inspections/${id}/report`);

    expect(page.status).toBe(200);
    const text = pageText(page.body);
    expect(text).toContain('The aim: 6 weeks after fieldwork');
    expect(rowOf(page.body, 'firstDraft')).toContain('Lead inspector Friday 2 April 2027');
    expect(rowOf(page.body, 'firstDraft')).toContain('Overdue');
    expect(rowOf(page.body, 'contractEditing')).toContain('Contract editor');
    expect(page.body).not.toContain('stage-translation');
    // The first draft is 2 working days late on Tuesday 6 April (Easter Monday is no working day).
    expect(text).toMatch(/Publication forecast for \w+ \d+ \w+ 2027: 2 working days after the plan/);
  });

  it('records the first draft done on its milestone, and the forecast moves by its lateness', async () => {
    const { deps, id, ask } = await northEastAfterFieldwork();

    const saved = await ask(
      'POST',
      `/inspections/${id}/report/firstDraft`,
      { kind: 'done', ...on(6, 4) },
      SIGNED_IN.lead,
    );

    expect(saved.status).toBe(303);
    expect(saved.headers?.location).toBe(`/inspections/${id}/report?recorded=firstDraft`);
    const milestones = await deps.timeline.milestones(id);
    expect(milestones.find((m) => m.id === 'draftReportDue')).toMatchObject({ status: 'met-late' });
    const page = await ask('GET', `/inspections/${id}/report?recorded=firstDraft`);
    expect(pageText(page.body)).toContain('Recorded: First draft of the report written');
    expect(rowOf(page.body, 'firstDraft')).toContain('Done Tuesday 6 April 2027');
    expect(rowOf(page.body, 'contractEditing')).toContain('Planned for');
  });

  it('refuses a return without a reason, naming the field, and saves nothing', async () => {
    const { deps, id, ask } = await northEastAfterFieldwork();
    await ask('POST', `/inspections/${id}/report/firstDraft`, { kind: 'done', ...on(6, 4) }, SIGNED_IN.lead);

    const refused = await ask('POST', `/inspections/${id}/report/firstDraft`, {
      kind: 'returned',
      ...on(6, 4),
      words: ' ',
    });

    expect(refused.status).toBe(400);
    expect(pageText(refused.body)).toContain(
      'There is a problem Say why it goes round again, what is disputed, or what was decided',
    );
    expect((await deps.timeline.getInspection(id))?.reportRecords ?? []).toEqual([]);
  });

  it('lets the region only dispute the factual-accuracy check', async () => {
    const { id, ask } = await northEastAfterFieldwork();
    const region = regionUser('north-east');

    const page = await ask('GET', `/inspections/${id}/report`, {}, region);

    expect(page.status).toBe(200);
    expect(page.body).toContain(`href="/inspections/${id}/report/factualAccuracyCheck"`);
    expect(page.body).not.toContain(`href="/inspections/${id}/report/contractEditing"`);
    expect((await ask('GET', `/inspections/${id}/report/contractEditing`, {}, region)).status).toBe(403);
    expect((await ask('GET', `/inspections/${id}/report/nothing`)).status).toBe(404);
  });

  it('shows Wales its translation stage and eight-week aim, in Welsh', async () => {
    const { id, ask } = await northEastAfterFieldwork('2027-04-06T10:00:00Z', 'Wales');

    const page = await ask('GET', `/inspections/${id}/report`, {}, SIGNED_IN.isa, 'cy');

    const text = pageText(page.body);
    expect(text).toContain('Taith yr adroddiad at ei gyhoeddi');
    expect(text).toContain('Y nod: 8 wythnos ar ôl y gwaith maes');
    expect(rowOf(page.body, 'translation')).toContain('Cyfieithu i’r Gymraeg');
    expect(text).not.toContain('Contract editing');
    expect(text).not.toContain('Publication forecast');
  });
});

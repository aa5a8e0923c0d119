import { describe, expect, it } from 'vitest';
import { sampleCsv, SAMPLE_CSV_COLUMNS } from '../../../functions/app/caseSample/sampleCsv.js';
import { csvField } from '../../../functions/app/shared/csv.js';
import { setTeam } from '../../../functions/app/caseSample/setTeam.js';
import { viewSample } from '../../../functions/app/caseSample/viewSample.js';
import { ForbiddenError, NotFoundError } from '../../../functions/app/errors.js';
import { parse } from 'csv-parse/sync';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import { announce, longList, makeReady, sampleActions, uploaded } from './arrangeSample.js';

const assistants = Array.from({ length: 10 }, (_, index) => ({
  name: `Assistant ${index + 1}`,
  email: `assistant${index + 1}@officials.example`,
}));

describe('viewing the case sample', () => {
  it('gives a page what it needs: each case with its questions, inspector and interview time (UK local)', async () => {
    const { deps, inspectionId } = await uploaded();
    await setTeam(deps, SIGNED_IN.isa, { inspectionId, assistantInspectors: assistants });
    const view = await viewSample(deps, SIGNED_IN.lead, inspectionId);

    const first = view.sample?.cases[0];
    expect(first).toMatchObject({
      crn: expect.stringMatching(/^[A-Z]\d{6}$/),
      roshText: expect.any(String),
      questionsText: expect.stringMatching(/^(Core|Adjusted)$/),
      interview: {
        inspector: expect.objectContaining({ email: expect.any(String) }),
        when: expect.stringMatching(/^\w+day \d+ March 2027, \d+(:30)?(am|pm) to \d+(:30)?(am|pm)$/),
      },
    });
    expect(first?.questionTitles.map((question) => question.id)).toEqual(
      first?.questions === 'core' ? ['C1', 'C2', 'C3', 'C4'] : ['A1', 'A2', 'A3', 'A4'],
    );
    expect(view.longList?.leftOut.length).toBeGreaterThan(0);
    expect(view.sample?.reserve.length).toBeGreaterThan(0);
    expect(view.readiness.status).toBe('ready');
    // The inspectorate's views are not audited; only changes.
    expect(await sampleActions(deps, inspectionId)).toEqual(['long-list uploaded', 'interview team set']);
  });

  it('shows the region its sample once issued, and audits each view by a region user without any case detail', async () => {
    const { deps, inspectionId, record } = await uploaded();
    const region = regionUser('north-east');
    await expect(viewSample(deps, region, inspectionId)).rejects.toBeInstanceOf(NotFoundError);

    await makeReady(deps, inspectionId);
    await expect(viewSample(deps, region, inspectionId)).rejects.toBeInstanceOf(NotFoundError);
    await announce(deps, inspectionId);
    const view = await viewSample(deps, region, inspectionId);
    expect(view.sample?.cases.length).toBe(record.sample?.sampled.length);
    // Issued, not the inspectorate's workings: no seed, reserve, adjustments or long-list counts.
    expect(view.sample?.seed).toBeUndefined();
    expect(view.sample?.reserve).toEqual([]);
    expect(view.sample?.adjustments).toEqual([]);
    expect(view.longList).toBeUndefined();

    const entries = (await deps.timeline.auditTrail(inspectionId)).filter((e) => e.action === 'case sample viewed');
    expect(entries).toEqual([expect.objectContaining({ actor: 'Sam Contact', actorId: 'spoc@officials.example' })]);
    const written = JSON.stringify(entries);
    for (const item of record.sample?.sampled ?? []) expect(written).not.toContain(item.crn);
  });

  it('refuses another region’s users, and a lead of another inspection, as for the inspection itself', async () => {
    const { deps, inspectionId } = await uploaded();
    await announce(deps, inspectionId);
    await expect(viewSample(deps, regionUser('london'), inspectionId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(viewSample(deps, SIGNED_IN.otherLead, inspectionId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(sampleCsv(deps, regionUser('london'), inspectionId)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await sampleActions(deps, inspectionId)).toEqual(['long-list uploaded']);
  });
});

describe('downloading the case sample as CSV', () => {
  it('has a column for each thing a page shows, a row a case, and is audited', async () => {
    const { deps, inspectionId, record } = await uploaded();
    await setTeam(deps, SIGNED_IN.isa, { inspectionId, assistantInspectors: assistants });
    const file = await sampleCsv(deps, SIGNED_IN.isa, inspectionId);

    expect(file).toMatchObject({ filename: `case-sample-${inspectionId}.csv`, contentType: 'text/csv; charset=utf-8' });
    const rows = parse(file.body, { bom: true }) as string[][];
    expect(rows[0]).toEqual([...SAMPLE_CSV_COLUMNS]);
    expect(rows.length - 1).toBe(record.sample?.sampled.length);
    expect(rows[1]?.[0]).toBe(record.sample?.sampled[0]?.crn);
    expect(file.body.startsWith('\uFEFFCRN,PDU,')).toBe(true);
    expect(file.body.endsWith('\r\n')).toBe(true);
    expect(await sampleActions(deps, inspectionId)).toContain('case sample downloaded');
  });

  it('quotes a field with a comma, a quote or a line break, and defuses one a spreadsheet would run', async () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Evans, Alex')).toBe('"Evans, Alex"');
    expect(csvField('Alex "AJ" Evans')).toBe('"Alex ""AJ"" Evans"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe("'-1");

    const cases = longList();
    const named = cases.map((item) => ({
      ...item,
      practitioner: { ...item.practitioner, name: `O'Neil, "Pat" ${item.practitioner.name}` },
    }));
    const { deps, inspectionId } = await uploaded(named);
    const rows = parse((await sampleCsv(deps, SIGNED_IN.isa, inspectionId)).body, { bom: true }) as string[][];
    expect(rows[1]?.[2]).toMatch(/^O'Neil, "Pat" /);
  });
});

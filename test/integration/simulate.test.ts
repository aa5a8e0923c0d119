import { describe, expect, it } from 'vitest';
import { main } from '../../functions/cli/dipp.js';
import type { SimulationReport } from '../../functions/local/report.js';
import './harness.js';

describe('npm run dipp -- simulate --json', () => {
  it('plays the 12-inspection programme and reports what DynamoDB and SES hold', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['simulate', '--json'], {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      now: () => new Date(),
    });

    expect(code).toBe(0);
    expect(err).toEqual([]);
    const report = JSON.parse(out.join('\n')) as SimulationReport;
    expect(report.inspections).toHaveLength(12);
    for (const inspection of report.inspections) {
      expect(inspection).toMatchObject({
        id: expect.any(String),
        region: expect.any(String),
        fieldworkStart: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      expect(
        inspection.milestones.map((m) => m.status).every((s) => ['met', 'met-late', 'escalated', 'waived'].includes(s)),
      ).toBe(true);
    }
    // Each inspection's officials as they are now, and the programme's clashes (issue 15): London's
    // move puts three inspections on site in one week, more than the two the programme can staff.
    expect(report.inspections.every((i) => i.people.lead.email.includes('@'))).toBe(true);
    const london = report.inspections.find((i) => i.region === 'London');
    expect(report.clashes).toContainEqual(
      expect.objectContaining({ kind: 'fieldwork-over-capacity', inspectionIds: expect.arrayContaining([london?.id]) }),
    );
    // East of England was planned without a SPOC: its RPD names one after the announcement, who is
    // told once, and what goes to the region from then on goes to them.
    const east = report.notices.filter((n) => n.region === 'East of England');
    const named = east.filter((n) => n.kind === 'contact-named');
    expect(named.map((n) => n.to)).toEqual([[expect.stringMatching(/^spoc\.east-of-england\./)]]);
    expect(report.inspections.find((i) => i.region === 'East of England')?.people.spoc?.name).toMatch(/^Nia Davies/);
    expect(
      east
        .filter((n) => n.kind === 'deadline-reminder' && n.sentAt > (named[0]?.sentAt ?? ''))
        .every((n) => n.to.some((to) => to.startsWith('spoc.'))),
    ).toBe(true);
    // Wales is bilingual, everyone else in English.
    const wales = report.notices.filter((n) => n.region === 'Wales' && n.kind === 'announcement');
    expect(wales.map((n) => n.languages)).toEqual([['cy', 'en']]);
    expect(report.notices.filter((n) => n.region === 'London').every((n) => n.languages.join() === 'en')).toBe(true);
    // North West missed its evidence deadline: overdue, then escalated, then met late.
    expect(report.escalations).toEqual([
      expect.objectContaining({ region: 'North West', milestoneId: 'evidenceDeadline' }),
    ]);
    const northWest = report.inspections.find((i) => i.region === 'North West');
    expect(northWest?.milestones.find((m) => m.id === 'evidenceDeadline')?.status).toBe('met-late');
    // London moved its fieldwork: one dates-changed notice.
    expect(report.notices.filter((n) => n.kind === 'dates-changed').map((n) => n.region)).toEqual(['London']);
    // The plan's version moves when its dates or its people change: London's dates, East of England's
    // SPOC, West Midlands' lead (replaced after the announcement: the new lead acts from then on).
    expect(
      report.inspections
        .filter((i) => i.planVersion > 1)
        .map((i) => i.region)
        .sort(),
    ).toEqual(['East of England', 'London', 'West Midlands']);
    const westMidlands = report.inspections.find((i) => i.region === 'West Midlands');
    expect(westMidlands?.people.lead.name).toBe('Dana Hughes');
    expect(westMidlands?.milestones.every((m) => m.status === 'met' || m.status === 'met-late')).toBe(true);
    // The report's road (issue 15): every stage done; East Midlands' strategic editing was 4 working
    // days late, and its publication with it; every other report published on its planned date.
    for (const inspection of report.inspections) {
      expect(inspection.report.stages.every((stage) => stage.status === 'done')).toBe(true);
      expect(inspection.report.aimDays).toBe(inspection.region === 'Wales' ? 56 : 42);
    }
    const slipped = report.inspections.filter((i) => i.report.slippageWorkingDays > 0);
    expect(slipped.map((i) => [i.region, i.report.slippageWorkingDays])).toEqual([['East Midlands', 4]]);
    const [eastMidlands] = slipped;
    expect((eastMidlands?.report.forecastPublication ?? '') > (eastMidlands?.report.plannedPublication ?? '')).toBe(
      true,
    );
    // The feedback request went to each region once after publication.
    expect(report.notices.filter((n) => n.kind === 'feedback-request')).toHaveLength(12);
    // Each notice once, at a simulated time in 2027, to named recipients.
    expect(new Set(report.notices.map((n) => n.messageId)).size).toBe(report.notices.length);
    expect(report.notices.every((n) => n.sentAt.startsWith('2027-') && n.to.length > 0)).toBe(true);
    // One individual alert answered in time; one organisational alert escalated, then assured and in the report.
    expect(report.alerts).toEqual([
      expect.objectContaining({ type: 'individual', status: 'assured', escalations: [] }),
      expect.objectContaining({
        type: 'organisational',
        status: 'assured',
        describedInReport: true,
        escalations: [expect.objectContaining({ step: 1, to: 'headOfProgramme', after: 'acknowledgement' })],
      }),
    ]);
    const alertKinds = (id: string) => report.notices.filter((n) => n.alertId === id).map((n) => n.kind);
    expect(alertKinds(report.alerts[0]?.id ?? '')).toEqual([
      'alert-to-confirm',
      'alert-raised',
      'alert-reminder',
      'alert-reminder',
      'alert-evidence-submitted',
      'alert-closed',
    ]);
    expect(alertKinds(report.alerts[1]?.id ?? '')).toEqual(
      expect.arrayContaining(['alert-raised', 'alert-escalated', 'alert-overdue', 'alert-closed']),
    );
    // Both alerts were closed before publication: every report was published, on its date but for
    // East Midlands', late after its strategic editing.
    for (const inspection of report.inspections) {
      expect(inspection.milestones.find((m) => m.id === 'publication')?.status, inspection.region).toBe(
        inspection.region === 'East Midlands' ? 'met-late' : 'met',
      );
    }
    // Every region's sample drawn before its announcement and issued with it (issue 14).
    expect(report.samples).toHaveLength(12);
    expect(report.notices.filter((n) => n.kind === 'case-sample-reminder')).toEqual([]);
    for (const sample of report.samples) {
      expect(sample.cases.length, sample.inspectionId).toBeGreaterThanOrEqual(40);
      const scheduled = sample.cases.filter((c) => c.state !== 'excluded-and-replaced' && c.state !== 'file-read');
      expect(
        scheduled.every((c) => /^2027-\d\d-\d\dT\d\d:30:00(\+01:00|Z|\+00:00)$/.test(c.interviewAt ?? '')),
        sample.inspectionId,
      ).toBe(true);
    }
    // In the South West the SPOC asked for an exclusion, a substitute and a file-read; the lead approved them.
    const southWest = report.samples.find((s) => s.inspectionId.startsWith('south-west'));
    const states = southWest?.cases.map((c) => c.state) ?? [];
    expect(states.filter((state) => state === 'excluded-and-replaced')).toHaveLength(1);
    expect(states.filter((state) => state === 'file-read')).toHaveLength(1);
    const southWestKinds = report.notices.filter((n) => n.region === 'South West').map((n) => n.kind);
    expect(southWestKinds.filter((kind) => kind === 'sample-change-requested')).toHaveLength(3);
    expect(southWestKinds.filter((kind) => kind === 'sample-change-decided')).toHaveLength(3);
  }, 180_000);
});

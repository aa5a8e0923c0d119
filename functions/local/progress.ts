import type { Clock } from '../ports/clock.js';
import type { Notifier } from '../ports/notifier.js';
import type { SimulationReport } from './report.js';

const WHEN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  day: '2-digit',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "Mon 22 Feb 2027, 09:00" in UK time. */
export function ukTime(instant: Date): string {
  return WHEN.format(instant);
}

/** Prints a line for every notice SES accepts, with its simulated time. */
export function printingNotifier(inner: Notifier, clock: Clock, print: (line: string) => void): Notifier {
  return {
    async send(message) {
      const result = await inner.send(message);
      const kind = message.headers['X-DIPP-Notice-Kind'] ?? 'notice';
      const ref = message.headers['X-DIPP-Inspection'] ?? '';
      const languages = message.headers['X-DIPP-Languages'] ?? 'en';
      const recipients = message.to.length + message.cc.length;
      print(
        `${ukTime(clock.now())}  ${ref.padEnd(34)} ${kind.padEnd(26)} ${languages.padEnd(6)} to ${recipients} ${recipients === 1 ? 'person' : 'people'}`,
      );
      return result;
    },
  };
}

/** The closing summary: one line per inspection, then the totals. */
export function summaryLines(report: SimulationReport): string[] {
  const lines = ['', 'Summary', ''];
  lines.push(`  ${'region'.padEnd(26)} ${'fieldwork'.padEnd(11)} ${'notices'.padStart(7)}  milestones`);
  for (const inspection of report.inspections) {
    const notices = report.notices.filter((n) => n.inspectionId === inspection.id).length;
    const counts = new Map<string, number>();
    for (const m of inspection.milestones) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
    const statuses = [...counts].map(([status, count]) => `${count} ${status}`).join(', ');
    const moved = inspection.planVersion > 1 ? '  (dates changed)' : '';
    const late = inspection.milestones
      .filter((m) => m.status !== 'met' && m.status !== 'pending')
      .map((m) => `${m.id} ${m.status}`);
    lines.push(
      `  ${inspection.region.padEnd(26)} ${inspection.fieldworkStart.padEnd(11)} ${String(notices).padStart(7)}  ${statuses}${moved}${late.length ? `: ${late.join(', ')}` : ''}`,
    );
  }
  const bilingual = report.notices.filter((n) => n.languages.includes('cy')).length;
  lines.push(
    '',
    `  ${report.notices.length} notices sent (${bilingual} bilingual, Welsh and English), ${report.escalations.length} escalation${report.escalations.length === 1 ? '' : 's'} to the Head of Probation Inspection Programme.`,
  );
  const slipping = report.inspections.filter((i) => i.report.slippageWorkingDays > 0);
  if (slipping.length > 0)
    lines.push('', '  Reports later than planned (each report’s road: /inspections/<id>/report)');
  for (const inspection of slipping) {
    const late = inspection.report.stages.filter((stage) => stage.done !== undefined && stage.done > stage.due);
    lines.push(
      `  ${inspection.region.padEnd(26)} published ${inspection.report.forecastPublication}, planned ${inspection.report.plannedPublication}: ${inspection.report.slippageWorkingDays} working days late${late.length ? ` (${late.map((stage) => stage.id).join(', ')} done late)` : ''}`,
    );
  }
  if (report.clashes.length > 0) lines.push('', '  Clashes in the programme (Programme by week: /programme)');
  for (const clash of report.clashes) {
    const regions = clash.inspectionIds.map((id) => report.inspections.find((i) => i.id === id)?.region ?? id);
    lines.push(
      `  week of ${clash.week}  ${clash.kind.padEnd(26)} ${regions.join(', ')}${clash.person ? ` (${clash.person})` : ''}`,
    );
  }
  if (report.alerts.length > 0) lines.push('', '  Alerts');
  for (const alert of report.alerts) {
    const escalated = alert.escalations
      .map(
        (e) =>
          `escalated to the ${e.to === 'chiefInspector' ? 'Chief Inspector' : 'Head of Programme'} (${e.after} overdue)`,
      )
      .join(', ');
    lines.push(
      `  ${alert.ref.padEnd(44)} ${alert.type.padEnd(15)} ${alert.status}${escalated ? `; ${escalated}` : ''}${alert.describedInReport ? '; described in the report' : ''}`,
    );
  }
  return lines;
}

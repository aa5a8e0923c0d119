// The simulation's floor (issue 16): the fewest DynamoDB writes the send-once protocol and the audit
// trail need for a programme's timed events, timed against the same DynamoDB Local at the same
// concurrency. For each event, the notice ledger's own two writes: the intent before SES is called
// (claimNotice), then one transaction with its outcome and its audit entry (finishNotice). Nothing
// else: no event, milestone, digest or driver bookkeeping, no reads, no Step Functions, no SES. The
// programme's time divided by the floor's is what the rest costs.
import { auditEntry } from '../../functions/app/shared/audit.js';
import type { NoticeLedger } from '../../functions/ports/noticeLedger.js';

/**
 * Seconds to send, for each inspection at once, its events one after the other, as the programme's drivers
 * do: `eventsPerInspection[i]` events for inspection i. The notices are under inspections of their
 * own (floor-…), so they neither collide with nor are read as the programme's.
 */
export async function timeFloor(ledger: NoticeLedger, eventsPerInspection: readonly number[]): Promise<number> {
  const started = performance.now();
  await Promise.all(
    eventsPerInspection.map(async (events, inspection) => {
      const inspectionId = `floor-${inspection}`;
      for (let event = 0; event < events; event += 1) {
        const at = new Date(Date.UTC(2027, 0, 1) + event * 86_400_000);
        const id = `task-reminder:factualAccuracySent:${at.toISOString().slice(0, 10)}`;
        await ledger.claimNotice({
          notice: {
            inspectionId,
            id,
            kind: 'task-reminder',
            milestoneId: 'factualAccuracySent',
            to: ['lead.north-east.1@inspectorate.example'],
            cc: ['hop.north-east.1@inspectorate.example'],
            toRoles: ['lead'],
            languages: ['en'],
            subject: 'Reminder: the draft report goes to the region tomorrow (DIPP-2027-NE)',
            status: 'sending',
            attempts: 1,
            leaseUntil: new Date(at.getTime() + 120_000).toISOString(),
            firstAttemptAt: at.toISOString(),
          },
          expected: undefined,
        });
        await ledger.finishNotice({
          inspectionId,
          noticeId: id,
          attempt: 1,
          outcome: { status: 'sent', messageId: `floor-${inspection}-${event}`, sentAt: at.toISOString() },
          audit: auditEntry({
            inspectionId,
            at,
            action: 'notice sent',
            subject: `notice ${id}`,
            after: { attempt: 1 },
          }),
        });
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

import * as z from 'zod/mini';
import { ConflictError } from '../../ports/errors.js';
import { inlineText } from '../../domain/text.js';
import { logger } from '../../shared/logger.js';
import { auditEntry } from '../shared/audit.js';
import { idOfReference } from '../shared/references.js';
import { composeNotice } from './composeNotice.js';
import type { Deps } from '../deps.js';
import { sendNoticeOnce } from './sendNoticeOnce.js';

/**
 * What SES publishes about a message sent through the configuration set (event publishing to SNS):
 * only the parts used here. The notice is found by the headers every notice carries.
 */
const sesEventSchema = z.object({
  eventType: z.enum(['Delivery', 'Bounce', 'Complaint', 'Reject']),
  mail: z.object({
    timestamp: z.string(),
    headers: z.array(z.object({ name: z.string(), value: z.string() })),
  }),
  bounce: z.optional(
    z.object({
      bounceType: z.string(),
      bounceSubType: z.optional(z.string()),
      timestamp: z.string(),
      bouncedRecipients: z.array(z.object({ emailAddress: z.string(), diagnosticCode: z.optional(z.string()) })),
    }),
  ),
  complaint: z.optional(
    z.object({ timestamp: z.string(), complainedRecipients: z.array(z.object({ emailAddress: z.string() })) }),
  ),
  delivery: z.optional(z.object({ timestamp: z.string(), recipients: z.array(z.string()) })),
  reject: z.optional(z.object({ reason: z.string() })),
});

const header = (event: z.infer<typeof sesEventSchema>, name: string) =>
  event.mail.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;

/**
 * Records what SES says happened to a notice. A bounce (permanent) or a rejection makes the notice
 * `bounced`, not sent, and tells the inspection's ISA at once; a transient bounce is recorded only
 * (SES keeps trying). A repeated event changes nothing.
 */
export async function recordDeliveryEvent(deps: Deps, input: unknown): Promise<'recorded' | 'ignored'> {
  const parsed = sesEventSchema.safeParse(input);
  if (!parsed.success) {
    logger.warn('SES event not understood', { issues: parsed.error.issues.length });
    return 'ignored';
  }
  const event = parsed.data;
  const noticeId = header(event, 'X-DIPP-Notice-Id');
  const ref = header(event, 'X-DIPP-Inspection');
  if (!noticeId || !ref) return 'ignored';
  // The internal id; notices sent before it had its own header carried it in their reference.
  const inspectionId = header(event, 'X-DIPP-Inspection-Id') ?? idOfReference(ref);
  const notice = await deps.ledger.getNotice(inspectionId, noticeId);
  if (!notice) return 'ignored';

  const permanentBounce = event.eventType === 'Bounce' && event.bounce?.bounceType === 'Permanent';
  const type =
    event.eventType === 'Bounce' ? 'bounce' : (event.eventType.toLowerCase() as 'delivery' | 'complaint' | 'reject');
  const at =
    event.bounce?.timestamp ??
    event.complaint?.timestamp ??
    event.delivery?.timestamp ??
    deps.clock.now().toISOString();
  const recipients = event.bounce?.bouncedRecipients.map((r) => r.emailAddress) ??
    event.complaint?.complainedRecipients.map((r) => r.emailAddress) ??
    event.delivery?.recipients ?? [...notice.to, ...notice.cc];
  // What SES says comes from outside: one line of plain text, capped, before it is kept or shown.
  const reason = inlineText(
    event.reject?.reason ??
      (event.bounce
        ? `${event.bounce.bounceType}${event.bounce.bounceSubType ? ` (${event.bounce.bounceSubType})` : ''}: ${event.bounce.bouncedRecipients[0]?.diagnosticCode ?? 'no reason given'}`
        : type),
    500,
  );
  const undelivered = permanentBounce || event.eventType === 'Reject';
  try {
    await deps.ledger.recordDeliveryEvent({
      inspectionId,
      noticeId,
      event: {
        type,
        at: new Date(at).toISOString(),
        detail: `${recipients.length} recipient(s): ${reason}`.slice(0, 500),
      },
      undelivered,
      audit: auditEntry({
        inspectionId,
        at: deps.clock.now(),
        actor: 'SES',
        action: `notice ${type}`,
        subject: `notice ${noticeId}`,
        after: { type, permanent: permanentBounce },
      }),
    });
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    // Recorded before: only make sure the ISA was told (sending is idempotent), then stop.
    if (undelivered) await tellIsa();
    return 'ignored';
  }
  // A permanent bounce or a rejection, counted when first recorded (a repeat is refused above).
  if (undelivered) deps.metrics.count('NoticeBounced');
  if (undelivered) await tellIsa();
  logger.info('notice delivery event', { inspectionId, noticeId, type });
  return 'recorded';

  async function tellIsa(): Promise<void> {
    if (!notice || notice.kind === 'notice-bounced') return;
    const state = await deps.timeline.loadTimeline(inspectionId, { pendingOnly: true });
    if (state) {
      const { draft, message } = composeNotice(deps, state, {
        id: `bounced:${noticeId}`,
        kind: 'notice-bounced',
        to: ['isa'],
        cc: [],
        attachCalendar: false,
        bounced: { subject: notice.subject, sentAt: new Date(notice.sentAt ?? at), recipients, reason },
      });
      await sendNoticeOnce(deps, draft, message);
    }
  }
}

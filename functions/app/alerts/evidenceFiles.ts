import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { actsForRegion, alertCapacity, type Principal } from '../../domain/access.js';
import { stillOwed } from '../../domain/alertSchedule.js';
import { checkEvidenceFile } from '../../domain/evidenceFiles.js';
import { multiLine } from '../../domain/text.js';
import { fieldErrorsFrom } from '../../domain/validation.js';
import type { EvidenceStore } from '../../ports/evidenceStore.js';
import type { AlertRecord } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import { visibleAlert } from '../access/alertAccess.js';
import type { Deps } from '../deps.js';
import { ForbiddenError, refuse } from '../errors.js';
import { retryOnConflict } from '../shared/retryOnConflict.js';
import { alertAudit, nextVersion } from './alertRecords.js';

const attachSchema = z
  .object({
    alertId: z.string({ error: 'must name the alert' }),
    file: z.object({
      name: z.string({ error: 'must have a name' }).max(1000),
      type: z.string({ error: 'must say its type' }).max(200),
      bytes: z.instanceof(Uint8Array, { error: 'must be the file’s content' }),
    }),
    onBehalfReason: multiLine(
      z.string().trim().min(3, { error: 'must say why you act for the region' }).max(2000),
    ).optional(),
  })
  .strict();

function store(deps: Pick<Deps, 'evidence'>): EvidenceStore {
  if (!deps.evidence) {
    refuse([{ field: 'file', value: undefined, message: 'cannot be attached here: no evidence file store is set up' }]);
  }
  return deps.evidence;
}

/** Where an alert's files are kept: under the alert, each by a random id (never by what a person typed). */
export const evidencePrefix = (alert: Pick<AlertRecord, 'inspectionId' | 'id'>) => `${alert.inspectionId}/${alert.id}/`;

/**
 * The region (or someone on its behalf, with a reason) attaches an evidence file to an alert:
 * 1. the person must see the alert and answer for the region;
 * 2. the alert must be waiting for the region's evidence (notified, acknowledged, or asked for more);
 * 3. the file is checked: not empty, at most 10 MB, a PDF, image, Word or Excel file by its first
 *    bytes as well as its name, and the alert's number of files;
 * 4. it is stored under a new key (never overwriting), then named on the alert with who attached it,
 *    with an audit entry. The file is never emailed: a notice names only the alert.
 */
export async function attachEvidenceFile(deps: Deps, principal: Principal, input: unknown): Promise<AlertRecord> {
  const parsed = attachSchema.safeParse(input);
  if (!parsed.success) refuse(fieldErrorsFrom(parsed.error, input));
  const { alertId, file, onBehalfReason } = parsed.data;
  const { alert, inspection } = await visibleAlert(deps, principal, alertId);
  if (alertCapacity(principal, inspection, 'submit-evidence') !== 'region') {
    throw new ForbiddenError(`you cannot attach evidence to alerts in ${inspection.id}`);
  }
  const forRegion = actsForRegion(principal, inspection);
  if (forRegion && !onBehalfReason) {
    refuse([{ field: 'onBehalfReason', value: undefined, message: 'must say why you act for the region' }]);
  }
  if (!forRegion && onBehalfReason) {
    refuse([{ field: 'onBehalfReason', value: onBehalfReason, message: 'is only for someone acting for the region' }]);
  }
  if (!stillOwed(alert.status, 'evidence')) {
    refuse([{ field: 'alertId', value: alertId, message: `is ${alert.status}: it is not waiting for evidence` }]);
  }
  const checked = checkEvidenceFile(file, alert.evidenceFiles?.length ?? 0);
  if (!checked.ok) refuse(checked.errors);
  const key = `${evidencePrefix(alert)}${randomUUID()}`;
  await store(deps).put({ key, type: checked.value.type, bytes: file.bytes });
  const now = deps.clock.now();
  const entry = {
    at: now.toISOString(),
    by: principal.name,
    key,
    ...checked.value,
    ...(onBehalfReason ? { onBehalf: { of: 'region' as const, reason: onBehalfReason } } : {}),
  };
  const saved = await retryOnConflict(
    async (attempt) => {
      const before = attempt === 1 ? alert : ((await deps.alerts.getAlert(alert.inspectionId, alert.id)) ?? alert);
      const after = nextVersion(before, now, { evidenceFiles: [...(before.evidenceFiles ?? []), entry] });
      await deps.alerts.saveAlert({
        alert: after,
        audit: [
          alertAudit(after, now, 'alert evidence file attached', {
            actor: principal,
            after: { key, type: entry.type, size: entry.size, ...(onBehalfReason ? { onBehalfOf: 'region' } : {}) },
          }),
        ],
      });
      return after;
    },
    { giveUp: 'the alert changed meanwhile: look at it again and retry', context: { alertId: alert.id } },
  );
  logger.info('alert evidence file attached', {
    inspectionId: alert.inspectionId,
    alertId: alert.id,
    size: entry.size,
  });
  return saved;
}

/**
 * Someone who may see the alert reads one of its evidence files: only a file the alert names (a key
 * from elsewhere is refused like a missing one); each read is logged with the reader's id.
 */
export async function readEvidenceFile(
  deps: Deps,
  principal: Principal,
  input: { alertId: unknown; key: unknown },
): Promise<{ name: string; type: string; bytes: Uint8Array }> {
  const { alert } = await visibleAlert(deps, principal, input.alertId);
  const named = alert.evidenceFiles?.find((file) => file.key === input.key);
  const stored = named ? await store(deps).get(named.key) : undefined;
  if (!named || !stored) {
    throw new ForbiddenError(`you cannot see that file of the alert ${alert.ref}`);
  }
  logger.info('alert evidence file read', {
    inspectionId: alert.inspectionId,
    alertId: alert.id,
    key: named.key,
    reader: principal.email.toLowerCase(),
  });
  return { name: named.name, type: stored.type, bytes: stored.bytes };
}

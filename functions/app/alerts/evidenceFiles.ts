import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { actsForRegion, alertCapacity, type Principal } from '../../domain/access.js';
import { stillOwed } from '../../domain/alertSchedule.js';
import {
  checkEvidenceFile,
  EVIDENCE_FILE_MAX_BYTES,
  EVIDENCE_FILES_PER_ALERT,
  evidenceTypeByName,
} from '../../domain/evidenceFiles.js';
import { multiLine } from '../../domain/text.js';
import { statusWords } from '../../domain/alerts.js';
import { said } from '../../domain/messages/said.js';
import { fieldErrorsFrom, ruleError, zodMessage } from '../../domain/validation.js';
import {
  KEPT_PREFIX,
  UPLOADS_PREFIX,
  type EvidenceStore,
  type EvidenceUploads,
  type UploadForm,
} from '../../ports/evidenceStore.js';
import type { AlertRecord, InspectionRecord } from '../../ports/records.js';
import { logger } from '../../shared/logger.js';
import { visibleAlert } from '../access/alertAccess.js';
import type { Deps } from '../deps.js';
import { ForbiddenError, refuse, RequestError } from '../errors.js';
import { retryOnConflict } from '../shared/retryOnConflict.js';
import { alertAudit, nextVersion } from './alertRecords.js';

/** How long a form to upload a file may be used: long enough for 10 MB on a slow line. */
export const UPLOAD_FORM_SECONDS = 15 * 60;
/** How long a link to download a file works: one click. */
export const DOWNLOAD_LINK_SECONDS = 60;

const onBehalfReasonSchema = z.optional(
  multiLine(
    z.string().check(z.trim(), z.minLength(3, { error: () => zodMessage('alert.sayWhyForRegion') }), z.maxLength(2000)),
  ),
);

const attachSchema = z.strictObject({
  alertId: z.string({ error: () => zodMessage('alert.file.nameAlert') }),
  file: z.object({
    name: z.string({ error: () => zodMessage('alert.file.name') }).check(z.maxLength(1000)),
    type: z.string({ error: () => zodMessage('alert.file.type') }).check(z.maxLength(200)),
    bytes: z.instanceof(Uint8Array, { error: () => zodMessage('alert.file.content') }),
  }),
  onBehalfReason: onBehalfReasonSchema,
});

const registerSchema = z.strictObject({
  alertId: z.string({ error: () => zodMessage('alert.file.nameAlert') }),
  key: z.string({ error: () => zodMessage('alert.file.nameUpload') }).check(z.maxLength(1200)),
  onBehalfReason: onBehalfReasonSchema,
});

type FileInput = { name: string; type: string; bytes: Uint8Array };

const noStore = (): never => refuse([ruleError('file', undefined, 'alert.file.noStore')]);

function store(deps: Pick<Deps, 'evidence'>): EvidenceStore {
  return deps.evidence ?? noStore();
}

function uploads(deps: Pick<Deps, 'evidenceUploads'>): EvidenceUploads {
  return deps.evidenceUploads ?? noStore();
}

/**
 * Where an alert's files are kept: under files/ and the alert, each by a random id (never by what a
 * person typed). The service's functions may write here but never delete.
 */
export const evidencePrefix = (alert: Pick<AlertRecord, 'inspectionId' | 'id'>) =>
  `${KEPT_PREFIX}${alert.inspectionId}/${alert.id}/`;

/** Where the browser's uploads for an alert land, each in a folder of its own, until checked (deleted after a day if not). */
export const uploadPrefix = (alert: Pick<AlertRecord, 'inspectionId' | 'id'>) =>
  `${UPLOADS_PREFIX}${alert.inspectionId}/${alert.id}/`;

/**
 * Rules 1 and 2 of attaching, whichever way the file comes: the person sees the alert and answers
 * for the region (someone acting for it gives a reason, and only they do), and the alert waits for
 * the region's evidence.
 */
async function mayAttach(
  deps: Deps,
  principal: Principal,
  alertId: string,
  onBehalfReason: string | undefined | 'not yet asked',
): Promise<{ alert: AlertRecord; inspection: InspectionRecord }> {
  const { alert, inspection } = await visibleAlert(deps, principal, alertId);
  if (alertCapacity(principal, inspection, 'submit-evidence') !== 'region') {
    throw new ForbiddenError(said('alert.file.cannotAttach', { inspection: inspection.id }));
  }
  if (onBehalfReason !== 'not yet asked') {
    const forRegion = actsForRegion(principal, inspection);
    if (forRegion && !onBehalfReason) {
      refuse([ruleError('onBehalfReason', undefined, 'alert.sayWhyForRegion')]);
    }
    if (!forRegion && onBehalfReason) {
      refuse([ruleError('onBehalfReason', onBehalfReason, 'alert.file.onlyForRegion')]);
    }
  }
  if (!stillOwed(alert.status, 'evidence')) {
    refuse([ruleError('alertId', alertId, 'alert.file.notWaiting', { status: statusWords(alert.status) })]);
  }
  return { alert, inspection };
}

/**
 * Rules 3 and 4: the file is checked (checkEvidenceFile), stored under a new key (never
 * overwriting), then named on the alert with who attached it, with an audit entry.
 */
async function keep(
  deps: Deps,
  principal: Principal,
  alert: AlertRecord,
  file: FileInput,
  onBehalfReason: string | undefined,
): Promise<AlertRecord> {
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
    { giveUp: said('alert.meanwhile'), context: { alertId: alert.id } },
  );
  logger.info('alert evidence file attached', {
    inspectionId: alert.inspectionId,
    alertId: alert.id,
    size: entry.size,
  });
  return saved;
}

/**
 * The region (or someone on its behalf, with a reason) attaches an evidence file to an alert, its
 * bytes given (the command line, tests):
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
  const { alert } = await mayAttach(deps, principal, alertId, onBehalfReason);
  return keep(deps, principal, alert, file, onBehalfReason);
}

/**
 * A form for the browser to upload one file straight to the store (a page or an API client): only
 * to someone who may attach files to the alert (rules 1 and 2; the reason of someone acting for the
 * region is asked when the upload is registered), while the alert holds fewer than 10. The store's
 * signed policy holds the upload to 10 MB, to a folder of its own under the alert, and sends the
 * browser to `redirect` afterwards.
 */
export async function offerEvidenceUpload(
  deps: Deps,
  principal: Principal,
  input: { alertId: unknown; redirect: string },
): Promise<{ form: UploadForm; maxBytes: number; expiresAt: string }> {
  const { alert } = await mayAttach(deps, principal, String(input.alertId ?? ''), 'not yet asked');
  if ((alert.evidenceFiles?.length ?? 0) >= EVIDENCE_FILES_PER_ALERT) {
    refuse([ruleError('file', undefined, 'alert.file.full', { max: EVIDENCE_FILES_PER_ALERT })]);
  }
  const form = await uploads(deps).uploadForm({
    prefix: `${uploadPrefix(alert)}${randomUUID()}/`,
    maxBytes: EVIDENCE_FILE_MAX_BYTES,
    redirect: input.redirect,
    expiresSeconds: UPLOAD_FORM_SECONDS,
  });
  const expiresAt = new Date(deps.clock.now().getTime() + UPLOAD_FORM_SECONDS * 1000).toISOString();
  return { form, maxBytes: EVIDENCE_FILE_MAX_BYTES, expiresAt };
}

/** The file name of an upload of this alert's (`uploads/<inspection>/<alert>/<id>/<name>`), or undefined if the key is not one. */
function uploadedName(alert: AlertRecord, key: string): string | undefined {
  const prefix = uploadPrefix(alert);
  if (!key.startsWith(prefix)) return undefined;
  const match = /^[0-9a-f-]{36}\/([^/]+)$/.exec(key.slice(prefix.length));
  return match?.[1];
}

/**
 * After the browser's upload lands, the service takes it in:
 * 1. the person may attach files to the alert, and the alert waits for evidence (as attaching);
 * 2. the key must be an upload of this alert's, and the upload must be there;
 * 3. the file is read from the store (at most 10 MB; larger is not read) and kept by the same
 *    rules as a file attached with its bytes: checked by its name and first bytes, stored under a
 *    new key, named on the alert, audited;
 * 4. the upload is deleted, kept or refused: a refused file is never left in the bucket, and the
 *    refusal says why in words.
 */
export async function registerEvidenceUpload(deps: Deps, principal: Principal, input: unknown): Promise<AlertRecord> {
  const parsed = registerSchema.safeParse(input);
  if (!parsed.success) refuse(fieldErrorsFrom(parsed.error, input));
  const { alertId, key, onBehalfReason } = parsed.data;
  const { alert: seen } = await visibleAlert(deps, principal, alertId);
  const name = uploadedName(seen, key);
  if (!name) refuse([ruleError('key', key, 'alert.file.notUploaded')]);
  const incoming = uploads(deps);
  try {
    const { alert } = await mayAttach(deps, principal, alertId, onBehalfReason);
    const uploaded = await incoming.readUpload(key, EVIDENCE_FILE_MAX_BYTES);
    if (!uploaded) {
      refuse([ruleError('file', name, 'alert.file.didNotArrive')]);
    }
    if (!uploaded.bytes) refuse([ruleError('file', name, 'alert.file.tooBig')]);
    const file = { name, type: evidenceTypeByName(name) ?? 'application/octet-stream', bytes: uploaded.bytes };
    const saved = await keep(deps, principal, alert, file, onBehalfReason);
    await incoming.discardUpload(key);
    return saved;
  } catch (error) {
    // Refused (the file, or the alert no longer waiting): the upload goes. Not allowed at all, or a
    // fault: it is left to the bucket's one-day rule (and to a retry).
    if (error instanceof RequestError) {
      await incoming.discardUpload(key);
      logger.info('alert evidence upload refused', { inspectionId: seen.inspectionId, alertId: seen.id });
    }
    throw error;
  }
}

/** A file the alert names, to someone who may see the alert; a key from elsewhere is refused like a missing one. */
async function namedFile(
  deps: Deps,
  principal: Principal,
  input: { alertId: unknown; key?: unknown; fileId?: unknown },
) {
  const { alert } = await visibleAlert(deps, principal, input.alertId);
  // A file is named by its key, or (in an address) by the key's last part.
  const key = input.fileId === undefined ? input.key : `${evidencePrefix(alert)}${String(input.fileId)}`;
  const named = alert.evidenceFiles?.find((file) => file.key === key);
  if (!named) throw new ForbiddenError(said('alert.file.cannotSee', { ref: alert.ref }));
  return { alert, named };
}

/** Every read of a file is written to the audit trail (and logged) with the reader. */
async function auditRead(deps: Deps, principal: Principal, alert: AlertRecord, key: string) {
  await deps.alerts.recordAudit(
    alertAudit(alert, deps.clock.now(), 'alert evidence file read', { actor: principal, after: { key } }),
  );
  logger.info('alert evidence file read', {
    inspectionId: alert.inspectionId,
    alertId: alert.id,
    key,
    reader: principal.email.toLowerCase(),
  });
}

/**
 * Someone who may see the alert reads one of its evidence files, its bytes given back: only a file
 * the alert names; each read is written to the audit trail with the reader.
 */
export async function readEvidenceFile(
  deps: Deps,
  principal: Principal,
  input: { alertId: unknown; key: unknown },
): Promise<{ name: string; type: string; bytes: Uint8Array }> {
  const { alert, named } = await namedFile(deps, principal, input);
  const stored = await store(deps).get(named.key);
  if (!stored) throw new ForbiddenError(said('alert.file.cannotSee', { ref: alert.ref }));
  await auditRead(deps, principal, alert, named.key);
  return { name: named.name, type: stored.type, bytes: stored.bytes };
}

/**
 * Someone who may see the alert downloads one of its evidence files (a page's link, the API): the
 * same checks and audit entry as reading it, then a signed link to the store that works for a
 * minute and downloads the file as an attachment by its name (a Lambda cannot answer 10 MB).
 */
export async function evidenceDownloadLink(
  deps: Deps,
  principal: Principal,
  input: { alertId: unknown; key?: unknown; fileId?: unknown },
): Promise<{ url: string; name: string }> {
  const { alert, named } = await namedFile(deps, principal, input);
  const url = await uploads(deps).downloadLink(named.key, {
    name: named.name,
    type: named.type,
    expiresSeconds: DOWNLOAD_LINK_SECONDS,
  });
  await auditRead(deps, principal, alert, named.key);
  return { url, name: named.name };
}

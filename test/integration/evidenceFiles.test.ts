import { describe, expect, it } from 'vitest';
import { actOnAlert } from '../../functions/app/alerts/actOnAlert.js';
import {
  evidenceDownloadLink,
  offerEvidenceUpload,
  registerEvidenceUpload,
} from '../../functions/app/alerts/evidenceFiles.js';
import { raiseAlert } from '../../functions/app/alerts/raiseAlert.js';
import { ForbiddenError } from '../../functions/app/errors.js';
import { EVIDENCE_FILE_MAX_BYTES } from '../../functions/domain/evidenceFiles.js';
import type { LocalStack } from '../../functions/local/localStack.js';
import type { AlertRecord } from '../../functions/ports/records.js';
import { individualAlert } from '../app/arrange.js';
import { regionUser, runUntil, SIGNED_IN, start, useEmulators } from './harness.js';

/**
 * Evidence files on the emulators (issue 18): the browser's upload goes straight to the local S3
 * server by the signed form, the service takes it in (or refuses and deletes it), and each
 * download is audited in the table and served by a one-minute signed link.
 */
const env = useEmulators({ s3: true });
const BACK = 'http://127.0.0.1:3000/alerts/x/files/uploaded';
const PDF = (size = 2000) => {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
};

/** An alert the North East region has been told of. */
async function notifiedAlert(stack: LocalStack): Promise<AlertRecord> {
  const { inspection } = await start(stack, 'North East', '2027-01-04');
  await runUntil(stack, '2027-01-05T14:00:00Z');
  const raised = await stack.run(() => raiseAlert(stack.deps, SIGNED_IN.lead, individualAlert(inspection.id)));
  await runUntil(stack, '2027-01-05T14:01:00Z');
  const alert = (await stack.deps.alerts.getAlert(raised.inspectionId, raised.id)) as AlertRecord;
  expect(alert.status).toBe('region-notified');
  return alert;
}

/** What a browser does with the form: the signed fields, then the file; S3's answer. */
async function browserPosts(form: { url: string; fields: Record<string, string> }, name: string, bytes: Uint8Array) {
  const body = new FormData();
  for (const [field, value] of Object.entries(form.fields)) body.append(field, value);
  body.append('file', new Blob([Buffer.from(bytes)], { type: 'application/pdf' }), name);
  const response = await fetch(form.url, { method: 'POST', body, redirect: 'manual' });
  return { status: response.status, key: new URL(response.headers.get('location') ?? 'x:/').searchParams.get('key') };
}

describe('evidence files, uploaded to the local S3 server', () => {
  it('uploads by the signed form, is taken in and named on the alert, and each download is audited in the table', async () => {
    const stack = await env.stack('2027-01-04T08:00:00Z');
    const alert = await notifiedAlert(stack);
    const region = regionUser(alert.inspectionId);

    const { form } = await stack.run(() =>
      offerEvidenceUpload(stack.deps, region, { alertId: alert.ref, redirect: BACK }),
    );
    const posted = await browserPosts(form, 'Risk plan.pdf', PDF());
    const after = await stack.run(() =>
      registerEvidenceUpload(stack.deps, region, { alertId: alert.ref, key: posted.key ?? '' }),
    );
    const kept = after.evidenceFiles?.[0];
    const { url } = await stack.run(() =>
      evidenceDownloadLink(stack.deps, SIGNED_IN.lead, { alertId: alert.ref, key: kept?.key }),
    );
    const download = await fetch(url);

    expect(posted.status).toBe(303);
    expect(kept).toMatchObject({ name: 'Risk plan.pdf', type: 'application/pdf', size: 2000, by: 'Sam Contact' });
    expect(await stack.deps.evidence?.list('uploads/')).toEqual([]);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="Risk plan.pdf"/);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF());
    const audit = await stack.deps.timeline.auditTrail(alert.inspectionId);
    // (Both at the same simulated instant: in either order.)
    const entries = audit.filter((entry) => entry.action.startsWith('alert evidence file'));
    expect(entries).toHaveLength(2);
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'alert evidence file attached', actor: 'Sam Contact' }),
        expect.objectContaining({
          action: 'alert evidence file read',
          actorId: 'lead@officials.example',
          after: { key: kept?.key },
        }),
      ]),
    );
    // A user of another region cannot read it, and no entry is written for the refusal.
    await expect(
      stack.run(() =>
        evidenceDownloadLink(stack.deps, regionUser('wales-2027-01-04'), { alertId: alert.ref, key: kept?.key }),
      ),
    ).rejects.toThrow(ForbiddenError);
    expect((await stack.deps.timeline.auditTrail(alert.inspectionId)).length).toBe(audit.length);
  });

  it('refuses and deletes a file whose first bytes are not a PDF; S3 refuses a file over 10 MB at the door', async () => {
    const stack = await env.stack('2027-01-04T08:00:00Z');
    const alert = await notifiedAlert(stack);
    const region = regionUser(alert.inspectionId);
    const { form } = await stack.run(() =>
      offerEvidenceUpload(stack.deps, region, { alertId: alert.ref, redirect: BACK }),
    );

    const fake = await browserPosts(form, 'plan.pdf', new TextEncoder().encode('<html><script>alert(1)</script>'));
    const refusal = stack.run(() =>
      registerEvidenceUpload(stack.deps, region, { alertId: alert.ref, key: fake.key ?? '' }),
    );
    await expect(refusal).rejects.toMatchObject({
      errors: [{ field: 'file', message: expect.stringContaining('does not contain what its name says') }],
    });
    const big = await browserPosts(form, 'big.pdf', PDF(EVIDENCE_FILE_MAX_BYTES + 1));

    expect(fake.status).toBe(303);
    expect(big.status).toBe(400);
    expect(await stack.deps.evidence?.list('')).toEqual([]);
    const stored = await stack.deps.alerts.getAlert(alert.inspectionId, alert.id);
    expect(stored?.evidenceFiles).toBeUndefined();
    // The alert is still waiting for evidence: the region can try again with the right file.
    await stack.run(() => actOnAlert(stack.deps, region, { alertId: alert.ref, action: 'acknowledge' }));
  });
});

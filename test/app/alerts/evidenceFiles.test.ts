import { describe, expect, it } from 'vitest';
import { actOnAlert } from '../../../functions/app/alerts/actOnAlert.js';
import {
  attachEvidenceFile,
  evidenceDownloadLink,
  offerEvidenceUpload,
  readEvidenceFile,
  registerEvidenceUpload,
} from '../../../functions/app/alerts/evidenceFiles.js';
import { ForbiddenError, RequestError } from '../../../functions/app/errors.js';
import { EVIDENCE_FILE_MAX_BYTES } from '../../../functions/domain/evidenceFiles.js';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import { notifiedAlert } from '../arrange.js';

/** Evidence files the region attaches to an alert (issue 18): checked, stored apart, never emailed, read only by those who see the alert. */

const NORTH_EAST = 'north-east-2027-03-01';
const region = regionUser('north-east');
const pdf = (size = 64) => {
  const bytes = new Uint8Array(size);
  bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
  return bytes;
};
const file = (overrides: Partial<{ name: string; type: string; bytes: Uint8Array }> = {}) => ({
  name: 'signed-plan.pdf',
  type: 'application/pdf',
  bytes: pdf(),
  ...overrides,
});

describe('attaching an evidence file', () => {
  it('stores the file apart, names it on the alert with who attached it, and emails nothing of it', async () => {
    const { deps, alert } = await notifiedAlert();
    const sentBefore = deps.notifier.sent.length;

    const after = await attachEvidenceFile(deps, region, { alertId: alert.id, file: file() });

    expect(after.evidenceFiles).toEqual([
      expect.objectContaining({ name: 'signed-plan.pdf', type: 'application/pdf', size: 64, by: 'Sam Contact' }),
    ]);
    const key = after.evidenceFiles?.[0]?.key ?? '';
    expect(key).toMatch(new RegExp(`^files/${NORTH_EAST}/${alert.id}/[0-9a-f-]{36}$`));
    expect((await deps.evidence?.get(key))?.bytes).toEqual(pdf());
    expect(deps.notifier.sent.length).toBe(sentBefore);
    const audit = await deps.timeline.auditTrail(NORTH_EAST);
    expect(audit.filter((entry) => entry.action === 'alert evidence file attached')).toEqual([
      expect.objectContaining({ actor: 'Sam Contact', after: { key, type: 'application/pdf', size: 64 } }),
    ]);
  });

  it('refuses a file too large, empty, of another kind, or not what its name says', async () => {
    const { deps, alert } = await notifiedAlert();
    const attach = (given: ReturnType<typeof file>) =>
      attachEvidenceFile(deps, region, { alertId: alert.id, file: given });

    await expect(attach(file({ bytes: pdf(EVIDENCE_FILE_MAX_BYTES + 1) }))).rejects.toMatchObject({
      errors: [{ field: 'file', message: 'must be at most 10 MB' }],
    });
    await expect(attach(file({ bytes: new Uint8Array() }))).rejects.toMatchObject({
      errors: [{ message: 'is empty' }],
    });
    await expect(attach(file({ name: 'run.exe', type: 'application/octet-stream' }))).rejects.toThrow(RequestError);
    await expect(attach(file({ bytes: Uint8Array.from([0x4d, 0x5a, 0, 0, 0]) }))).rejects.toMatchObject({
      errors: [{ field: 'file', message: expect.stringContaining('does not contain what its name says') }],
    });
    expect(await deps.evidence?.list(`files/${NORTH_EAST}/`)).toEqual([]);
  });

  it('is the region’s to do: the lead is refused; an administrator only on behalf of the region, with a reason', async () => {
    const { deps, alert } = await notifiedAlert();

    await expect(attachEvidenceFile(deps, SIGNED_IN.lead, { alertId: alert.id, file: file() })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(attachEvidenceFile(deps, SIGNED_IN.isa, { alertId: alert.id, file: file() })).rejects.toMatchObject({
      errors: [{ field: 'onBehalfReason' }],
    });
    const after = await attachEvidenceFile(deps, SIGNED_IN.isa, {
      alertId: alert.id,
      file: file(),
      onBehalfReason: 'The SPOC emailed it to me: no access yet',
    });

    expect(after.evidenceFiles?.[0]?.onBehalf).toEqual({
      of: 'region',
      reason: 'The SPOC emailed it to me: no access yet',
    });
  });

  it('is refused once the alert no longer waits for evidence', async () => {
    const { deps, alert } = await notifiedAlert();
    await actOnAlert(deps, region, { alertId: alert.id, action: 'submit-evidence', summary: 'Plan reviewed' });

    await expect(attachEvidenceFile(deps, region, { alertId: alert.id, file: file() })).rejects.toMatchObject({
      errors: [{ field: 'alertId', message: 'is evidence-submitted: it is not waiting for evidence' }],
    });
  });
});

describe('reading an evidence file', () => {
  it('gives the file to those who see the alert, and nothing for a key the alert does not name', async () => {
    const { deps, alert } = await notifiedAlert();
    const after = await attachEvidenceFile(deps, region, { alertId: alert.id, file: file() });
    const key = after.evidenceFiles?.[0]?.key ?? '';

    expect(await readEvidenceFile(deps, SIGNED_IN.lead, { alertId: alert.id, key })).toEqual({
      name: 'signed-plan.pdf',
      type: 'application/pdf',
      bytes: pdf(),
    });
    await expect(readEvidenceFile(deps, regionUser('wales'), { alertId: alert.id, key })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(readEvidenceFile(deps, SIGNED_IN.otherLead, { alertId: alert.id, key })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(
      readEvidenceFile(deps, SIGNED_IN.lead, { alertId: alert.id, key: `files/${NORTH_EAST}/other/x` }),
    ).rejects.toThrow(ForbiddenError);
  });
});

describe('uploading a file straight to the store, then registering it', () => {
  const back = 'http://localhost:3000/alerts/x/files/uploaded';

  it('offers a signed form into a folder of the alert’s own, then keeps the file by the same rules as attaching, and deletes the upload', async () => {
    const { deps, alert } = await notifiedAlert();

    const { form, maxBytes } = await offerEvidenceUpload(deps, region, { alertId: alert.id, redirect: back });
    const key = deps.evidenceUploads.receive(form, { name: 'signed-plan.pdf', bytes: pdf() });
    const after = await registerEvidenceUpload(deps, region, { alertId: alert.id, key });

    expect(maxBytes).toBe(EVIDENCE_FILE_MAX_BYTES);
    expect(key).toMatch(new RegExp(`^uploads/${NORTH_EAST}/${alert.id}/[0-9a-f-]{36}/signed-plan.pdf$`));
    expect(after.evidenceFiles).toEqual([
      expect.objectContaining({ name: 'signed-plan.pdf', type: 'application/pdf', size: 64, by: 'Sam Contact' }),
    ]);
    expect(await deps.evidence.list('uploads/')).toEqual([]);
    expect(await deps.evidence.list(`files/${NORTH_EAST}/`)).toEqual([after.evidenceFiles?.[0]?.key]);
    const audit = await deps.timeline.auditTrail(NORTH_EAST);
    expect(audit.filter((entry) => entry.action === 'alert evidence file attached')).toHaveLength(1);
  });

  it('refuses and deletes a file whose first bytes are not what its name says, or too large, saying why', async () => {
    const { deps, alert } = await notifiedAlert();
    const { form } = await offerEvidenceUpload(deps, region, { alertId: alert.id, redirect: back });
    const fake = deps.evidenceUploads.receive(form, { name: 'plan.pdf', bytes: Uint8Array.from([0x4d, 0x5a, 0, 0]) });
    const big = deps.evidenceUploads.receive(form, { name: 'big.pdf', bytes: pdf(EVIDENCE_FILE_MAX_BYTES + 1) }, true);

    await expect(registerEvidenceUpload(deps, region, { alertId: alert.id, key: fake })).rejects.toMatchObject({
      errors: [{ field: 'file', message: expect.stringContaining('does not contain what its name says') }],
    });
    await expect(registerEvidenceUpload(deps, region, { alertId: alert.id, key: big })).rejects.toMatchObject({
      errors: [{ field: 'file', message: 'must be at most 10 MB' }],
    });
    expect(await deps.evidence.list('')).toEqual([]);
    expect((await deps.alerts.getAlert(alert.inspectionId, alert.id))?.evidenceFiles).toBeUndefined();
  });

  it('takes in only this alert’s uploads, only from those who may attach, and asks a reason of someone acting for the region', async () => {
    const { deps, alert } = await notifiedAlert();
    const { form } = await offerEvidenceUpload(deps, region, { alertId: alert.id, redirect: back });
    const key = deps.evidenceUploads.receive(form, { name: 'plan.pdf', bytes: pdf() });

    await expect(offerEvidenceUpload(deps, SIGNED_IN.lead, { alertId: alert.id, redirect: back })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(registerEvidenceUpload(deps, SIGNED_IN.lead, { alertId: alert.id, key })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(
      registerEvidenceUpload(deps, region, { alertId: alert.id, key: `files/${NORTH_EAST}/${alert.id}/x` }),
    ).rejects.toMatchObject({ errors: [{ field: 'key', message: 'is not a file uploaded to this alert' }] });
    await expect(registerEvidenceUpload(deps, SIGNED_IN.isa, { alertId: alert.id, key })).rejects.toMatchObject({
      errors: [{ field: 'onBehalfReason' }],
    });
    const after = await registerEvidenceUpload(deps, SIGNED_IN.isa, {
      alertId: alert.id,
      key: deps.evidenceUploads.receive(form, { name: 'plan2.pdf', bytes: pdf() }),
      onBehalfReason: 'The SPOC emailed it to me',
    });
    expect(after.evidenceFiles?.map((f) => f.name)).toEqual(['plan2.pdf']);
    await expect(registerEvidenceUpload(deps, region, { alertId: alert.id, key: 'uploads/x' })).rejects.toThrow(
      RequestError,
    );
  });

  it('offers no form once the alert no longer waits for evidence', async () => {
    const { deps, alert } = await notifiedAlert();
    await actOnAlert(deps, region, { alertId: alert.id, action: 'submit-evidence', summary: 'Plan reviewed' });

    await expect(offerEvidenceUpload(deps, region, { alertId: alert.id, redirect: back })).rejects.toMatchObject({
      errors: [{ field: 'alertId' }],
    });
  });
});

describe('downloading an evidence file', () => {
  it('gives a one-minute signed link to those who see the alert, and writes each read to the audit trail', async () => {
    const { deps, alert } = await notifiedAlert();
    const after = await attachEvidenceFile(deps, region, { alertId: alert.id, file: file() });
    const key = after.evidenceFiles?.[0]?.key ?? '';

    const { url, name } = await evidenceDownloadLink(deps, SIGNED_IN.lead, { alertId: alert.id, key });
    await readEvidenceFile(deps, region, { alertId: alert.id, key });

    expect(name).toBe('signed-plan.pdf');
    expect(new URL(url).searchParams.get('X-Amz-Expires')).toBe('60');
    expect(new URL(url).searchParams.get('response-content-disposition')).toMatch(
      /^attachment; filename="signed-plan.pdf"/,
    );
    const reads = (await deps.timeline.auditTrail(NORTH_EAST)).filter((e) => e.action === 'alert evidence file read');
    expect(reads).toEqual([
      expect.objectContaining({ actor: 'Lee Inspector', actorId: 'lead@officials.example', after: { key } }),
      expect.objectContaining({ actor: 'Sam Contact', after: { key } }),
    ]);
    await expect(evidenceDownloadLink(deps, regionUser('wales'), { alertId: alert.id, key })).rejects.toThrow(
      ForbiddenError,
    );
    expect(
      (await deps.timeline.auditTrail(NORTH_EAST)).filter((e) => e.action === 'alert evidence file read'),
    ).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { actOnAlert } from '../../../functions/app/alerts/actOnAlert.js';
import { attachEvidenceFile, readEvidenceFile } from '../../../functions/app/alerts/evidenceFiles.js';
import { raiseAlert } from '../../../functions/app/alerts/raiseAlert.js';
import { ForbiddenError, RequestError } from '../../../functions/app/errors.js';
import { EVIDENCE_FILE_MAX_BYTES } from '../../../functions/domain/evidenceFiles.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { regionUser, SIGNED_IN } from '../../support/principals.js';
import { individualAlert, planInspection, runAlert } from '../arrange.js';

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

/** An alert the region has been told of, in fieldwork. */
async function notified() {
  const deps = memoryDeps();
  await planInspection(deps);
  deps.clock.set('2027-03-02T14:00:00Z');
  const alert = await raiseAlert(deps, SIGNED_IN.lead, individualAlert(NORTH_EAST));
  await runAlert(deps, alert);
  return { deps, alert };
}

describe('attaching an evidence file', () => {
  it('stores the file apart, names it on the alert with who attached it, and emails nothing of it', async () => {
    const { deps, alert } = await notified();
    const sentBefore = deps.notifier.sent.length;

    const after = await attachEvidenceFile(deps, region, { alertId: alert.id, file: file() });

    expect(after.evidenceFiles).toEqual([
      expect.objectContaining({ name: 'signed-plan.pdf', type: 'application/pdf', size: 64, by: 'Sam Contact' }),
    ]);
    const key = after.evidenceFiles?.[0]?.key ?? '';
    expect(key).toMatch(new RegExp(`^${NORTH_EAST}/${alert.id}/[0-9a-f-]{36}$`));
    expect((await deps.evidence?.get(key))?.bytes).toEqual(pdf());
    expect(deps.notifier.sent.length).toBe(sentBefore);
    const audit = await deps.timeline.auditTrail(NORTH_EAST);
    expect(audit.filter((entry) => entry.action === 'alert evidence file attached')).toEqual([
      expect.objectContaining({ actor: 'Sam Contact', after: { key, type: 'application/pdf', size: 64 } }),
    ]);
  });

  it('refuses a file too large, empty, of another kind, or not what its name says', async () => {
    const { deps, alert } = await notified();
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
    expect(await deps.evidence?.list(`${NORTH_EAST}/`)).toEqual([]);
  });

  it('is the region’s to do: the lead is refused; an administrator only on behalf of the region, with a reason', async () => {
    const { deps, alert } = await notified();

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
    const { deps, alert } = await notified();
    await actOnAlert(deps, region, { alertId: alert.id, action: 'submit-evidence', summary: 'Plan reviewed' });

    await expect(attachEvidenceFile(deps, region, { alertId: alert.id, file: file() })).rejects.toMatchObject({
      errors: [{ field: 'alertId', message: 'is evidence-submitted: it is not waiting for evidence' }],
    });
  });
});

describe('reading an evidence file', () => {
  it('gives the file to those who see the alert, and nothing for a key the alert does not name', async () => {
    const { deps, alert } = await notified();
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
      readEvidenceFile(deps, SIGNED_IN.lead, { alertId: alert.id, key: `${NORTH_EAST}/other/x` }),
    ).rejects.toThrow(ForbiddenError);
  });
});

import { describe, expect, it } from 'vitest';
import { checkEvidenceFile, EVIDENCE_FILES_PER_ALERT, safeFileName } from '../../functions/domain/evidenceFiles.js';

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);

describe('evidence files', () => {
  it('accepts a file whose type, extension and first bytes agree, naming it safely', () => {
    expect(checkEvidenceFile({ name: 'C:\\Users\\sam\\photo\u202e.PNG', type: 'image/png', bytes: png })).toEqual({
      ok: true,
      value: { name: 'photo.PNG', type: 'image/png', size: 9 },
    });
  });

  it('refuses a file whose content is not what its name and type say', () => {
    expect(checkEvidenceFile({ name: 'plan.pdf', type: 'application/pdf', bytes: png })).toMatchObject({
      ok: false,
      errors: [{ field: 'file', message: expect.stringContaining('does not contain what its name says') }],
    });
    expect(checkEvidenceFile({ name: 'photo.pdf', type: 'image/png', bytes: png })).toMatchObject({ ok: false });
  });

  it('refuses a file past the alert’s number of files', () => {
    expect(checkEvidenceFile({ name: 'a.png', type: 'image/png', bytes: png }, EVIDENCE_FILES_PER_ALERT)).toMatchObject(
      { ok: false, errors: [{ message: expect.stringContaining('at most 10 files') }] },
    );
  });

  it('keeps no path, control or format characters in a name', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('a\u0000b\u200bc<d>.pdf')).toBe('abc_d_.pdf');
    expect(safeFileName('/')).toBe('evidence');
  });
});

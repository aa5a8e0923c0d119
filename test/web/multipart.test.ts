import { describe, expect, it } from 'vitest';
import { isMultipart, readMultipart } from '../../functions/web/multipart.js';

/** The multipart reader behind the long-list upload: fields and one file, within a limit. */
const BOUNDARY = '----dippTest';
const TYPE = `multipart/form-data; boundary=${BOUNDARY}`;
const body = (content: string) =>
  Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\ntoken\r\n` +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="longList"; filename="long-list.csv"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n` +
      `--${BOUNDARY}--\r\n`,
    'utf8',
  );

describe('reading a form with a file', () => {
  it('gives the fields and the file’s bytes as sent', async () => {
    const read = await readMultipart(body('CRN,PDU\r\nA123456,Café'), TYPE, 1024);

    expect(read.ok && read.fields.get('_csrf')).toBe('token');
    expect(read.ok && read.files.longList?.bytes.toString('utf8')).toBe('CRN,PDU\r\nA123456,Café');
    expect(read.ok && read.files.longList?.filename).toBe('long-list.csv');
  });

  it('refuses a file over the limit, and a body that is not multipart', async () => {
    expect(await readMultipart(body('x'.repeat(2000)), TYPE, 1024)).toEqual({ ok: false, why: 'too-large' });
    expect(await readMultipart(Buffer.from('a=b'), 'text/plain', 1024)).toEqual({ ok: false, why: 'malformed' });
  });

  it('knows a multipart type from a urlencoded one', () => {
    expect(isMultipart(TYPE)).toBe(true);
    expect(isMultipart('application/x-www-form-urlencoded')).toBe(false);
    expect(isMultipart(undefined)).toBe(false);
  });
});

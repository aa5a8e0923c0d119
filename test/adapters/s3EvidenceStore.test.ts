import { CreateBucketCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3EvidenceStore } from '../../functions/adapters/s3EvidenceStore.js';
import { startS3Local, type S3Local } from '../../functions/local/s3Local.js';
import type { UploadForm } from '../../functions/ports/evidenceStore.js';
import { describeEvidenceStoreContract } from '../ports/evidenceStoreContract.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

let s3: S3Local;
let client: S3Client;
let buckets = 0;

beforeAll(async () => {
  s3 = await startS3Local();
  client = s3.client();
}, 30_000);
afterAll(async () => {
  client?.destroy();
  await s3?.stop();
});

async function freshStore(): Promise<{ store: S3EvidenceStore; bucket: string }> {
  const bucket = `evidence-${++buckets}`;
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  return { store: new S3EvidenceStore(client, bucket), bucket };
}

describeEvidenceStoreContract('S3, on the local S3 server', async () => (await freshStore()).store);

/** Posts a file as a browser's form would: the signed fields, then the file. */
async function post(form: UploadForm, file: { name: string; bytes: Uint8Array }, change: Record<string, string> = {}) {
  const body = new FormData();
  for (const [name, value] of Object.entries({ ...form.fields, ...change })) body.append(name, value);
  body.append('file', new Blob([Buffer.from(file.bytes)]), file.name);
  const response = await fetch(form.url, { method: 'POST', body, redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location'), text: await response.text() };
}

const PDF = new TextEncoder().encode('%PDF-1.7 evidence');

describe('uploads straight from the browser (presigned POST) and downloads by a signed link', () => {
  it('stores a file posted with the signed form under the folder given, by its own name, and sends the browser back', async () => {
    const { store } = await freshStore();
    const form = await store.uploadForm({
      prefix: 'uploads/INSP/a1/u1/',
      maxBytes: 1000,
      redirect: 'http://127.0.0.1:3000/alerts/a1/files/uploaded',
      expiresSeconds: 60,
    });

    const answer = await post(form, { name: 'Safety plan.pdf', bytes: PDF });

    expect(answer.status).toBe(303);
    const back = new URL(answer.location ?? '');
    expect(back.pathname).toBe('/alerts/a1/files/uploaded');
    expect(back.searchParams.get('key')).toBe('uploads/INSP/a1/u1/Safety plan.pdf');
    expect(await store.readUpload('uploads/INSP/a1/u1/Safety plan.pdf', 1000)).toEqual({
      size: PDF.length,
      bytes: PDF,
    });
  });

  it('refuses, as S3 does, a file over the size, a key outside the folder, a changed field and an expired form', async () => {
    const { store, bucket } = await freshStore();
    const form = await store.uploadForm({
      prefix: 'uploads/INSP/a1/u2/',
      maxBytes: 10,
      redirect: 'http://x/',
      expiresSeconds: 60,
    });

    const tooBig = await post(form, { name: 'big.pdf', bytes: new Uint8Array(11).fill(0x25) });
    const elsewhere = await post(form, { name: 'a.pdf', bytes: PDF.slice(0, 5) }, { key: 'INSP/a1/kept' });
    const asHtml = await post(form, { name: 'a.pdf', bytes: PDF.slice(0, 5) }, { 'Content-Type': 'text/html' });
    const forged = await post(form, { name: 'a.pdf', bytes: PDF.slice(0, 5) }, { 'X-Amz-Signature': '0'.repeat(64) });
    const expired = await store.uploadForm({
      prefix: 'uploads/INSP/a1/u3/',
      maxBytes: 10,
      redirect: 'http://x/',
      expiresSeconds: -1,
    });
    const late = await post(expired, { name: 'a.pdf', bytes: PDF.slice(0, 5) });

    expect([tooBig, elsewhere, asHtml, forged, late].map((answer) => answer.status)).toEqual([400, 403, 403, 403, 403]);
    expect(tooBig.text).toContain('EntityTooLarge');
    expect(await store.list('')).toEqual([]);
    await expect(client.send(new HeadObjectCommand({ Bucket: bucket, Key: 'INSP/a1/kept' }))).rejects.toThrow();
  });

  it('reads an upload’s size without its bytes when it is over the limit, and discards it', async () => {
    const { store } = await freshStore();
    const form = await store.uploadForm({
      prefix: 'uploads/I/a/u/',
      maxBytes: 100,
      redirect: 'http://x/',
      expiresSeconds: 60,
    });
    await post(form, { name: 'a.pdf', bytes: new Uint8Array(50).fill(1) });

    expect(await store.readUpload('uploads/I/a/u/a.pdf', 10)).toEqual({ size: 50 });
    await store.discardUpload('uploads/I/a/u/a.pdf');
    expect(await store.readUpload('uploads/I/a/u/a.pdf', 10)).toBeUndefined();
    await expect(store.discardUpload('I/a/kept')).rejects.toThrow(/only an upload/);
  });

  it('downloads a kept file by a signed link, as an attachment with its name and type', async () => {
    const { store } = await freshStore();
    await store.put({ key: 'INSP/a1/f1', type: 'application/pdf', bytes: PDF });

    const link = await store.downloadLink('INSP/a1/f1', {
      name: 'Plan – draft.pdf',
      type: 'application/pdf',
      expiresSeconds: 60,
    });
    const response = await fetch(link);

    expect(new URL(link).searchParams.get('X-Amz-Expires')).toBe('60');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Plan _ draft.pdf"; filename*=UTF-8''Plan%20%E2%80%93%20draft.pdf`,
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
    // (s3rver checks a link's expiry but not its SigV4 signature: that is S3's to enforce.)
  });
});

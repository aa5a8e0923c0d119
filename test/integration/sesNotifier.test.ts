import { SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SesNotifier } from '../../functions/adapters/sesNotifier.js';
import { startSesLocal, type SesLocal } from '../../functions/local/sesLocal.js';
import { PermanentSendError, type EmailMessage } from '../../functions/ports/notifier.js';

let ses: SesLocal;
let client: SESv2Client;

beforeAll(async () => {
  ses = await startSesLocal();
  client = new SESv2Client({
    endpoint: ses.endpoint,
    region: 'eu-west-2',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}, 30_000);
afterAll(async () => {
  client?.destroy();
  await ses?.stop();
});

const message = (to: string[], cc: string[] = []): EmailMessage => ({
  from: 'DIPP <dipp@inspections.example>',
  to,
  cc,
  subject: 'A notice',
  text: 'Text',
  html: '<p>Text</p>',
  attachments: [],
  headers: {},
});

describe('the SES notifier with allowed recipient domains', () => {
  const notifier = () => new SesNotifier(client, undefined, ['inspections.example', 'probation.example']);

  it('sends to the inspectorate and the probation service', async () => {
    await ses.clear();
    const { messageId } = await notifier().send(message(['rpd@probation.example'], ['Lead@Inspections.Example']));

    expect((await ses.emails()).map((email) => email.messageId)).toEqual([messageId]);
  });

  it('refuses, before SES, a notice to anyone outside them: a permanent failure, nothing sent', async () => {
    await ses.clear();
    const sending = notifier().send(message(['rpd@probation.example'], ['someone@gmail.example']));

    await expect(sending).rejects.toThrow(PermanentSendError);
    await expect(sending).rejects.toThrow('1 recipient is outside the allowed domains');
    expect(await ses.emails()).toEqual([]);
  });
});

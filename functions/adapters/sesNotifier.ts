import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { PermanentSendError, TransientSendError, type EmailMessage, type Notifier } from '../ports/notifier.js';

/** Network failures that happen before a request reaches SES: nothing can have been sent. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);

interface AwsError {
  name?: string;
  code?: string;
  message?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
}

/**
 * Sorts an SES failure: throttling, server errors and refused connections sent nothing and may be
 * retried; other client errors are permanent; anything else (a reset or a timeout after the
 * request went out) is left as it is, because the message may have been accepted.
 */
export function classifySendError(error: unknown): Error {
  const failure = (error ?? {}) as AwsError;
  const status = failure.$metadata?.httpStatusCode;
  const what = `${failure.name ?? 'Error'}: ${failure.message ?? 'no message'}`;
  if (status === 429 || failure.name === 'TooManyRequestsException' || failure.name === 'LimitExceededException') {
    return new TransientSendError(what);
  }
  if (failure.$fault === 'server' || (status !== undefined && status >= 500)) return new TransientSendError(what);
  if (failure.$fault === 'client' || (status !== undefined && status >= 400)) return new PermanentSendError(what);
  if (failure.code && NOT_SENT_CODES.has(failure.code)) return new TransientSendError(what);
  return error instanceof Error ? error : new Error(what);
}

/** Sends through Amazon SES v2 as a raw MIME message, so attachments (the iCalendar file) travel too. */
export class SesNotifier implements Notifier {
  constructor(
    private readonly client: SESv2Client,
    private readonly configurationSet?: string,
  ) {}

  async send(message: EmailMessage): Promise<{ messageId: string }> {
    const raw = await new MailComposer({
      from: message.from,
      to: message.to,
      cc: message.cc,
      replyTo: message.replyTo,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers,
      attachments: message.attachments.map((attachment) => ({
        filename: attachment.filename,
        contentType: attachment.contentType,
        content: attachment.content,
      })),
    })
      .compile()
      .build();
    try {
      const result = await this.client.send(
        new SendEmailCommand({
          FromEmailAddress: message.from,
          Destination: { ToAddresses: message.to, CcAddresses: message.cc },
          Content: { Raw: { Data: raw } },
          ...(this.configurationSet ? { ConfigurationSetName: this.configurationSet } : {}),
        }),
      );
      if (!result.MessageId) throw new PermanentSendError('SES accepted the message but returned no message id');
      return { messageId: result.MessageId };
    } catch (error) {
      throw error instanceof PermanentSendError ? error : classifySendError(error);
    }
  }
}

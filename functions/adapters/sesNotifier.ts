import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
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

/**
 * Sends through Amazon SES v2. A simple message (subject, text and HTML bodies, headers and
 * attachments such as the iCalendar file): SES builds the MIME, nothing here hand-writes it.
 */
export class SesNotifier implements Notifier {
  constructor(
    private readonly client: SESv2Client,
    private readonly configurationSet?: string,
    /** When given, a message to anyone outside these domains is refused before it reaches SES. */
    private readonly allowedDomains?: readonly string[],
  ) {}

  async send(message: EmailMessage): Promise<{ messageId: string }> {
    if (this.allowedDomains) {
      const allowed = new Set(this.allowedDomains.map((domain) => domain.toLowerCase()));
      const outside = [...message.to, ...message.cc].filter(
        (address) => !allowed.has(address.slice(address.lastIndexOf('@') + 1).toLowerCase()),
      );
      if (outside.length > 0) {
        throw new PermanentSendError(
          `${outside.length} recipient${outside.length === 1 ? ' is' : 's are'} outside the allowed domains (${this.allowedDomains.join(', ')})`,
        );
      }
    }
    const utf8 = (data: string) => ({ Data: data, Charset: 'UTF-8' });
    try {
      const result = await this.client.send(
        new SendEmailCommand({
          FromEmailAddress: message.from,
          // Domains lower-cased: IAM's recipient condition compares them as written (the code's check ignores case).
          Destination: { ToAddresses: message.to.map(lowerDomain), CcAddresses: message.cc.map(lowerDomain) },
          ...(message.replyTo ? { ReplyToAddresses: [message.replyTo] } : {}),
          Content: {
            Simple: {
              Subject: utf8(message.subject),
              Body: { Text: utf8(message.text), Html: utf8(message.html) },
              Headers: Object.entries(message.headers).map(([Name, Value]) => ({ Name, Value })),
              Attachments: message.attachments.map((attachment) => ({
                FileName: attachment.filename,
                ContentType: attachment.contentType,
                ContentDisposition: 'ATTACHMENT' as const,
                RawContent: new TextEncoder().encode(attachment.content),
              })),
            },
          },
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

/** `Name@Probation.Example` → `Name@probation.example`: the local part as given, the domain in lower case. */
function lowerDomain(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? address : `${address.slice(0, at)}@${address.slice(at + 1).toLowerCase()}`;
}

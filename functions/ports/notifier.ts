/** One email, as any sending channel needs it. */
export interface EmailMessage {
  from: string;
  replyTo?: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; content: string }[];
  /** Extra headers, e.g. the notice id, so a message can be traced back to its record. */
  headers: Record<string, string>;
}

/** Sends email. SES in AWS and locally; GOV.UK Notify could be another adapter. */
export interface Notifier {
  send(message: EmailMessage): Promise<{ messageId: string }>;
}

/** The channel refused for now (throttling, a network error before sending): nothing was sent; try again later. */
export class TransientSendError extends Error {
  override readonly name = 'TransientSendError';
}

/** The channel refused the message for good (bad address, rejected content): retrying will not help. */
export class PermanentSendError extends Error {
  override readonly name = 'PermanentSendError';
}

import type { StoredEmail } from '../../../functions/local/sesLocal.js';

const headerOf = (email: StoredEmail, name: string) =>
  email.headers.find((header) => header.name.toLowerCase() === name.toLowerCase())?.value;

/** A notice as its people receive it: its id, its subject (naming the inspection) and its recipients. */
export function deliveryKey(email: StoredEmail): string {
  const to = [...email.destination.to].sort().join(', ');
  const cc = [...email.destination.cc].sort().join(', ');
  return `${headerOf(email, 'X-DIPP-Notice-Id') ?? 'no notice id'} | ${email.subject} | to ${to} | cc ${cc}`;
}

/** Sent again after an attempt whose outcome was unknown: the send-once protocol says so in a header. */
export const markedPossibleDuplicate = (email: StoredEmail): boolean =>
  headerOf(email, 'X-DIPP-Possible-Duplicate') === 'yes';

export interface Comparison {
  /** Received in the run never killed, never in the killed one. */
  lost: string[];
  /** Received in the killed run only. */
  unexpected: string[];
  /** Received more than once without the possible-duplicate mark on every copy after the first. */
  silentRepeats: string[];
  /** Copies beyond the first, each marked as a possible duplicate. */
  markedRepeats: number;
}

/**
 * Compares what the SES server received in a run killed again and again with a run never killed:
 * the same notices must arrive, and any extra copy must say it may be one.
 */
export function compareDeliveries(reference: StoredEmail[], crashed: StoredEmail[]): Comparison {
  const expected = new Set(reference.map(deliveryKey));
  const received = new Map<string, StoredEmail[]>();
  for (const email of crashed) received.set(deliveryKey(email), [...(received.get(deliveryKey(email)) ?? []), email]);
  const copies = [...received.values()];
  return {
    lost: [...expected].filter((key) => !received.has(key)),
    unexpected: [...received.keys()].filter((key) => !expected.has(key)),
    silentRepeats: [...received.entries()]
      .filter(([, emails]) => emails.filter((email) => !markedPossibleDuplicate(email)).length > 1)
      .map(([key]) => key),
    markedRepeats: copies.reduce((sum, emails) => sum + emails.length - 1, 0),
  };
}

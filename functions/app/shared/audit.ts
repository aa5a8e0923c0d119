import type { AuditEntry } from '../../ports/records.js';

/** Who writes an entry the system made on its own. */
export const SYSTEM = 'system';

/** An audit entry: who did what to which part of an inspection, when, and what changed. */
export function auditEntry(entry: {
  inspectionId: string;
  at: Date;
  /** A name, or the signed-in person (recorded by name and by their verified email). */
  actor?: string | { name: string; email: string };
  action: string;
  subject: string;
  before?: unknown;
  after?: unknown;
}): AuditEntry {
  const { at, actor = SYSTEM, before, after, ...rest } = entry;
  return {
    ...rest,
    at: at.toISOString(),
    ...(typeof actor === 'string' ? { actor } : { actor: actor.name, actorId: actor.email.toLowerCase() }),
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  };
}

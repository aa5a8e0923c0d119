import type { AuditEntry } from '../../ports/records.js';

/** Who writes an entry the system made on its own. */
export const SYSTEM = 'system';

/** An audit entry: who did what to which part of an inspection, when, and what changed. */
export function auditEntry(entry: {
  inspectionId: string;
  at: Date;
  actor?: string;
  action: string;
  subject: string;
  before?: unknown;
  after?: unknown;
}): AuditEntry {
  const { at, actor = SYSTEM, before, after, ...rest } = entry;
  return {
    ...rest,
    at: at.toISOString(),
    actor,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  };
}

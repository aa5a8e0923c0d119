import type { MessageKey } from './en.js';

/**
 * Phrases the use cases write into what the pages show (functions/domain/dueItems.ts: whose turn
 * an alert is, and what is owed), by the catalogue entry that words them on a page. In English the
 * page shows the phrase as it came, so the catalogue's English must equal it.
 */
export const DOMAIN_PHRASES: Readonly<Record<string, MessageKey>> = {
  'Confirm the alert': 'alert.confirm',
  'Tell the region': 'dueWhat.tellRegion',
  'Acknowledge the alert': 'alert.acknowledge',
  'Send evidence of action': 'dueWhat.sendEvidence',
  'Review the evidence and assure': 'dueWhat.review',
  'the lead inspector': 'who.lead',
  'the service': 'who.service',
  'the region': 'who.region',
  'RPD or SPOC': 'who.rpdOrSpoc',
};

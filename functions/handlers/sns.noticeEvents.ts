import { recordDeliveryEvent } from '../app/notices/recordDeliveryEvent.js';
import { awsDeps } from './awsDeps.js';
import { sesEmail } from './awsEmail.js';
import { instrumented } from './instrumented.js';

const deps = awsDeps({ email: sesEmail });

/** Lambda entry point: SES's bounce, complaint, delivery and rejection events, through SNS. */
export const handler = instrumented(
  'noticeEvents',
  async (event: { Records?: { Sns?: { Message?: string } }[] }): Promise<void> => {
    for (const record of event.Records ?? []) {
      const message = record.Sns?.Message;
      if (message) await recordDeliveryEvent(deps, JSON.parse(message) as unknown);
    }
  },
);

import { describe, expect, it } from 'vitest';
import { awsDeps } from '../../functions/handlers/awsDeps.js';
import { PermanentSendError, type EmailMessage } from '../../functions/ports/notifier.js';
import { refusingDriver } from '../../functions/ports/workflowDriver.js';

// Each function builds only the AWS parts its role allows (email, drivers, evidence). One that
// reaches for a part it was not given must fail plainly and be recorded so, not hang or guess.
describe('a Lambda function’s dependencies', () => {
  const message: EmailMessage = {
    from: 'dipp-notices@inspections.example',
    to: ['rpd@region.example'],
    cc: [],
    subject: 'Announcement',
    text: 'x',
    html: '<p>x</p>',
    attachments: [],
    headers: {},
  };

  it('refuse to send email where the function was not given the email channel: a notice failed for good', async () => {
    const deps = awsDeps();
    await expect(deps.notifier.send(message)).rejects.toThrow(PermanentSendError);
    await expect(deps.notifier.send(message)).rejects.toThrow('this function does not send email');
  });

  it('refuse to start or stop drivers, and hold no evidence files, where not given them', async () => {
    const deps = awsDeps();
    await expect(deps.driver.start({ inspectionId: 'north-east-2027-03-01' }, 'run-1')).rejects.toThrow(
      'this function does not start or stop drivers',
    );
    await expect(deps.alertDriver.stop('run-1', 'replaced')).rejects.toThrow('does not start or stop drivers');
    expect(deps.evidence).toBeUndefined();
  });

  it('use the parts a function asks for, built from its configuration', async () => {
    const sent: string[] = [];
    const deps = awsDeps({
      email: (config) => ({
        send: async (m) => {
          sent.push(`${config.tableName}: ${m.subject}`);
          return { messageId: 'm-1' };
        },
      }),
      drivers: () => ({ driver: refusingDriver('lifecycle'), alertDriver: refusingDriver('alerts') }),
    });
    await expect(deps.notifier.send(message)).resolves.toEqual({ messageId: 'm-1' });
    expect(sent).toEqual(['dipp: Announcement']);
    await expect(deps.alertDriver.start({ inspectionId: 'i', alertId: 'a' }, 'run-1')).rejects.toThrow('alerts');
  });
});

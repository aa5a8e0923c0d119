import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/shared/config.js';

const refusal = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
};

describe('the configuration read at start-up', () => {
  it('takes the report settings from JSON, the rest from their defaults', () => {
    const config = loadConfig({ DIPP_REPORT_SETTINGS: '{"strategicEditingWorkingDays":3}' });

    expect(config.reportSettings).toMatchObject({ strategicEditingWorkingDays: 3, contractEditingWorkingDays: 2 });
  });

  it('names each wrong report setting and the allowed ones, and a report setting that is not JSON', () => {
    expect(refusal({ DIPP_REPORT_SETTINGS: '{"strategicEditingWorkingDays":0,"x":1}' })).toBe(
      'configuration is not valid: DIPP_REPORT_SETTINGS: ' +
        'strategicEditingWorkingDays: must be a whole number of working days from 1 to 10; ' +
        'x: is not a known field; allowed: ' +
        'contractEditingWorkingDays, strategicEditingWorkingDays, chiefInspectorReviewWorkingDays, ' +
        'statisticsCheckWorkingDays, translationWorkingDays, publicationPreparationWorkingDays, ' +
        'feedbackRequestWorkingDays, disputeDecisionWorkingDays',
    );
    expect(refusal({ DIPP_REPORT_SETTINGS: '{not json' })).toBe(
      'configuration is not valid: DIPP_REPORT_SETTINGS: must be a JSON object of report settings',
    );
  });

  it('says what a setting expects without repeating its value, which may be a secret', () => {
    const message = refusal({ DIPP_MAILBOX: 'secret-not-an-address', DIPP_SESSION_IDLE_MINUTES: '2' });

    expect(message).toBe(
      'configuration is not valid: DIPP_MAILBOX: must be an email address, like name@example.gov.uk; ' +
        'DIPP_SESSION_IDLE_MINUTES: must be at least 5',
    );
    expect(message).not.toContain('secret');
  });
});

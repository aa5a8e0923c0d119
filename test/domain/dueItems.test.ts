import { describe, expect, it } from 'vitest';
import { ALERT_STATUSES } from '../../functions/domain/alerts.js';
import { englandAndWalesCalendar } from '../../functions/domain/calendar.js';
import { leadDecisionDue, owedDeadlines, periodDates, whoseTurn } from '../../functions/domain/dueItems.js';
import type { LocalDate } from '../../functions/domain/localDate.js';

const thursday = '2027-03-04' as LocalDate;

describe('the periods of "what is due"', () => {
  it('reads this week as Monday to Sunday, and the next two weeks as today and the 14 days after', () => {
    expect(periodDates('this-week', thursday)).toEqual({ from: '2027-03-01', to: '2027-03-07' });
    expect(periodDates('next-two-weeks', thursday)).toEqual({ from: '2027-03-04', to: '2027-03-18' });
  });
});

describe('whose turn an alert is', () => {
  it('is the lead’s to confirm and assure, the region’s to acknowledge and evidence, nobody’s once closed', () => {
    const turns = Object.fromEntries(ALERT_STATUSES.map((status) => [status, whoseTurn(status)?.actor]));

    expect(turns).toEqual({
      raised: 'inspectorate',
      confirmed: 'inspectorate',
      'region-notified': 'region',
      acknowledged: 'region',
      'evidence-submitted': 'inspectorate',
      assured: undefined,
      withdrawn: undefined,
    });
  });

  it('owes both deadlines until acknowledged, then the evidence alone, then none', () => {
    const deadlines = { acknowledgeBy: '2027-03-05T17:30:00Z', evidenceBy: '2027-03-08T17:30:00Z' };
    const owed = (status: (typeof ALERT_STATUSES)[number]) =>
      owedDeadlines({ status, ...deadlines }).map((d) => d.deadline);

    expect(owed('region-notified')).toEqual(['acknowledgement', 'evidence']);
    expect(owed('acknowledged')).toEqual(['evidence']);
    expect(owed('evidence-submitted')).toEqual([]);
    expect(owed('raised')).toEqual([]);
  });
});

describe('the lead inspector’s decisions on the due list', () => {
  const calendar = englandAndWalesCalendar();
  // Raised on Thursday 25 March 2027 at 11:00 GMT; Good Friday and Easter Monday follow, and the clocks go forward.
  const raised = { at: '2027-03-25T11:00:00Z' };

  it('owes a confirmation from the first working day after the alert was raised, over Easter', () => {
    expect(leadDecisionDue({ status: 'raised', raised }, calendar)).toEqual({
      decision: 'confirmation',
      what: 'Confirm the alert',
      at: '2027-03-30T10:00:00.000Z',
    });
  });

  it('owes an assurance from the working day after the evidence came in, and nothing once decided', () => {
    const evidence = { at: '2027-04-07T16:00:00Z' };

    expect(leadDecisionDue({ status: 'evidence-submitted', raised, evidence }, calendar)).toEqual({
      decision: 'assurance',
      what: 'Review the evidence and assure',
      at: '2027-04-08T16:00:00.000Z',
    });
    for (const status of ['confirmed', 'region-notified', 'acknowledged', 'assured', 'withdrawn'] as const) {
      expect(leadDecisionDue({ status, raised, evidence }, calendar)).toBeUndefined();
    }
  });
});

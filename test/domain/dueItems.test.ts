import { describe, expect, it } from 'vitest';
import { ALERT_STATUSES } from '../../functions/domain/alerts.js';
import { owedDeadlines, periodDates, whoseTurn } from '../../functions/domain/dueItems.js';
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

import { describe, expect, it } from 'vitest';
import { RequestError } from '../../../functions/app/errors.js';
import { dueMilestones } from '../../../functions/app/queries/dueMilestones.js';
import { memoryDeps } from '../../support/memoryDeps.js';
import { SIGNED_IN } from '../../support/principals.js';

describe('what is due in a period', () => {
  it.each([
    ['the same impossible date twice', { from: '2027-02-30', to: '2027-02-30' }],
    ['two impossible dates', { from: '2027-13-01', to: '2027-00-10' }],
    ['an impossible and a real date', { from: 'soon', to: '2027-03-01' }],
  ])('refuses %s by field, not with a server error', async (_what, input) => {
    const error = await dueMilestones(memoryDeps(), SIGNED_IN.isa, input).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).errors.map((e) => e.field)).toContain('from');
  });
});

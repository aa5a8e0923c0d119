import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { fieldErrorsFrom } from '../../functions/domain/validation.js';
import { errorsFor } from '../../functions/web/forms.js';
import { translator } from '../../functions/web/i18n/translator.js';

// A form's errors from zod's own checks (no message of the schema's own): zod/mini says only
// "Invalid input" of each, so the pages tell a value left out from a value that breaks a rule by
// the issue, not by zod's words.
const form = z.object({ caseReference: z.string().check(z.maxLength(5)), region: z.string() });

const summary = (input: Record<string, unknown>, lang: 'en' | 'cy' = 'en') => {
  const parsed = form.safeParse(input);
  if (parsed.success) throw new Error('expected a failure');
  return errorsFor(fieldErrorsFrom(parsed.error, input), {}, translator(lang)).list.map((item) => item.text);
};

describe('a form’s errors from zod’s own checks', () => {
  it('asks for a value left out, and says what is allowed of a value that breaks a rule', () => {
    expect(summary({ caseReference: 'ABCDEFGH' })).toEqual([
      'Case reference must be at most 5 characters',
      'Select a region',
    ]);
  });

  it('says the same in Welsh', () => {
    const [tooLong, missing] = summary({ caseReference: 'ABCDEFGH' }, 'cy');

    expect(tooLong).toContain('rhaid iddo fod yn 5 nod neu lai');
    expect(missing).toBe('Dewiswch ranbarth');
  });
});

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { regionField } from '../../../functions/app/queries/queryFields.js';
import { fieldErrorsFrom } from '../../../functions/domain/validation.js';

const query = z.strictObject({ region: regionField });

describe('a region in a query string', () => {
  it('is taken by its id or its name, and empty or left out is none', () => {
    expect(query.parse({ region: 'north-east' })).toEqual({ region: 'north-east' });
    expect(query.parse({ region: 'North East' })).toEqual({ region: 'north-east' });
    expect(query.parse({ region: '' })).toEqual({ region: undefined });
    expect(query.parse({})).toEqual({ region: undefined });
  });

  it('is refused, naming the field, when it is no probation region', () => {
    const parsed = query.safeParse({ region: 'Narnia' });
    if (parsed.success) throw new Error('expected a refusal');

    expect(fieldErrorsFrom(parsed.error, { region: 'Narnia' })).toMatchObject([
      { field: 'region', value: 'Narnia', message: 'must be one of the 12 probation regions' },
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alertCapacity,
  canAnswer,
  canChange,
  canCreate,
  canSee,
  canSeeCalendarOf,
  claimsOf,
  principalFromClaims,
  type Principal,
} from '../../functions/domain/access.js';
import { USER_ROLES } from '../../functions/domain/roles.js';

const person = (name: string) => ({ name, email: `${name.toLowerCase()}@officials.example` });
const wales = {
  regionId: 'wales',
  people: {
    lead: person('Lee'),
    deputyLead: person('Dee'),
    isa: person('Isa'),
    rpd: person('Rhian'),
    spoc: person('Sam'),
    headOfProgramme: person('Hana'),
  },
};

const admin: Principal = { role: 'administrator', name: 'Isa', email: 'isa@officials.example' };
const head: Principal = { role: 'headOfProgramme', name: 'Hana', email: 'hana@officials.example' };
const lead: Principal = { role: 'lead', name: 'Lee', email: 'LEE@officials.example' };
const deputy: Principal = { role: 'lead', name: 'Dee', email: 'dee@officials.example' };
const otherLead: Principal = { role: 'lead', name: 'Olu', email: 'olu@officials.example' };
const walesRegion: Principal = { role: 'region', name: 'Rhian', email: 'rhian@officials.example', regionId: 'wales' };
const northEast: Principal = { role: 'region', name: 'Nia', email: 'nia@officials.example', regionId: 'north-east' };

describe('who may see and change an inspection', () => {
  it.each([
    ['an administrator', admin, true, true, true],
    ['a Head of Programme', head, true, true, true],
    ['its lead (email in any case)', lead, true, true, false],
    ['its deputy lead', deputy, true, true, false],
    ['another inspection’s lead', otherLead, false, false, false],
    ['its region', walesRegion, true, false, true],
    ['another region', northEast, false, false, false],
  ])('%s: sees %s, changes %s, answers alerts %s', (_who, principal, sees, changes, answers) => {
    expect(canSee(principal, wales)).toBe(sees);
    expect(canChange(principal, wales)).toBe(changes);
    expect(canAnswer(principal, wales)).toBe(answers);
  });

  it('lets only administrators and Heads of Programme plan an inspection', () => {
    expect(USER_ROLES.filter((role) => canCreate({ ...admin, role }))).toEqual(['administrator', 'headOfProgramme']);
  });

  it('gives a person their own calendar, and anyone’s to those who see everything', () => {
    expect(canSeeCalendarOf(lead, 'lee@officials.example')).toBe(true);
    expect(canSeeCalendarOf(lead, 'dee@officials.example')).toBe(false);
    expect(canSeeCalendarOf(admin, 'dee@officials.example')).toBe(true);
  });

  it('never lets anyone change what they cannot see', () => {
    const principals = fc.record({
      role: fc.constantFrom(...USER_ROLES),
      name: fc.constant('Someone'),
      email: fc.constantFrom('lee@officials.example', 'dee@officials.example', 'x@officials.example'),
      regionId: fc.constantFrom('wales', 'north-east', undefined),
    });
    fc.assert(
      fc.property(principals, (principal) => {
        const p = principal as Principal;
        if (canChange(p, wales) || canAnswer(p, wales)) expect(canSee(p, wales)).toBe(true);
      }),
    );
  });
});

describe('the capacity in which someone acts on an alert', () => {
  it('makes a lead’s alert the lead’s, and anyone else’s an inspector’s for the lead to confirm', () => {
    expect(alertCapacity(lead, wales, 'raise')).toBe('lead');
    expect(alertCapacity(admin, wales, 'raise')).toBe('inspector');
    expect(alertCapacity(walesRegion, wales, 'raise')).toBeUndefined();
    expect(alertCapacity(otherLead, wales, 'raise')).toBeUndefined();
  });

  it('lets the region acknowledge and submit evidence, and the lead do the rest', () => {
    expect(alertCapacity(walesRegion, wales, 'acknowledge')).toBe('region');
    expect(alertCapacity(walesRegion, wales, 'submit-evidence')).toBe('region');
    expect(alertCapacity(walesRegion, wales, 'assure')).toBeUndefined();
    expect(alertCapacity(lead, wales, 'acknowledge')).toBeUndefined();
    expect(alertCapacity(lead, wales, 'assure')).toBe('lead');
    expect(alertCapacity(northEast, wales, 'acknowledge')).toBeUndefined();
    // Those who see everything may act for either, under their own name.
    expect(alertCapacity(head, wales, 'acknowledge')).toBe('region');
    expect(alertCapacity(head, wales, 'withdraw')).toBe('lead');
  });
});

describe('the signed-in person, from the JWT’s claims', () => {
  it('reads back what it writes', () => {
    for (const principal of [admin, head, lead, walesRegion]) {
      expect(principalFromClaims(claimsOf(principal))).toEqual({ ok: true, principal });
    }
  });

  it('takes the most powerful of several groups, in API Gateway’s "[a b]" form too', () => {
    const result = principalFromClaims({
      'cognito:groups': '[lead-inspectors heads-of-programme]',
      email_verified: 'true',
      name: 'Hana',
      email: 'hana@officials.example',
    });
    expect(result.ok && result.principal.role).toBe('headOfProgramme');
  });

  it('refuses a sign-in with no DIPP group, no email, an unverified email, or a region user with no region', () => {
    expect(principalFromClaims(undefined)).toMatchObject({ ok: false, message: 'not signed in' });
    expect(principalFromClaims({ 'cognito:groups': ['visitors'], email: 'a@b.gov.uk' }).ok).toBe(false);
    expect(
      principalFromClaims({ 'cognito:groups': ['administrators'], name: 'A', email_verified: true }),
    ).toMatchObject({
      ok: false,
      message: 'the sign-in lacks a name, email or region',
    });
    expect(principalFromClaims({ 'cognito:groups': ['administrators'], name: 'A', email: 'a@b.gov.uk' })).toMatchObject(
      {
        ok: false,
        message: 'the email address is not verified',
      },
    );
    const verified = { email: 'a@b.gov.uk', email_verified: true };
    expect(principalFromClaims({ 'cognito:groups': ['regions'], name: 'A', ...verified })).toMatchObject({
      ok: false,
      message: 'a region user has no region',
    });
  });
});

import { claimsOf, type Principal } from '../../domain/access.js';
import { USER_ROLES, USER_ROLE_TITLES, type UserRole } from '../../domain/roles.js';

/**
 * Who may sign in at the local identity provider, as Cognito would know them: one account per email
 * address (its `sub`, in lower case), carrying the claims Cognito's ID tokens carry for us.
 */
export interface LocalAccount {
  sub: string;
  claims: Record<string, unknown>;
}

export const accountId = (email: string) => email.trim().toLowerCase();

/**
 * The account of an email address among the people, or undefined if nobody has it. Someone named
 * in several roles is one Cognito user in several groups (the most powerful group wins when the
 * sign-in is read: functions/domain/access.ts), with the region of the role that has one.
 */
export function accountFor(people: readonly Principal[], email: string): LocalAccount | undefined {
  const sub = accountId(email);
  const roles = people
    .filter((person) => accountId(person.email) === sub)
    .sort((a, b) => USER_ROLES.indexOf(a.role) - USER_ROLES.indexOf(b.role));
  const first = roles[0];
  if (!first) return undefined;
  const groups = [...new Set(roles.flatMap((person) => claimsOf(person)['cognito:groups'] as string[]))];
  const regionId = roles.find((person) => person.regionId)?.regionId;
  return {
    sub,
    claims: {
      ...claimsOf(first),
      'cognito:groups': groups,
      // Cognito's ID token has a JSON boolean here; claimsOf writes API Gateway's string.
      email_verified: true,
      ...(regionId ? { 'custom:region': regionId } : {}),
      sub,
    },
  };
}

const HINTS: Record<UserRole, string> = {
  administrator: 'Sees and changes every inspection',
  headOfProgramme: 'Sees and changes every inspection',
  lead: 'Sees and changes the inspections they lead',
  assistantInspector: 'Sees the inspections they are on and raises alerts for the lead to confirm',
  region: 'Sees their own region’s inspection and answers its alerts',
};

/** The people to choose from on the sign-in page, grouped by role (GOV.UK radios' items). */
export function peopleByRole(people: readonly Principal[]) {
  return USER_ROLES.map((role) => ({
    role,
    title: USER_ROLE_TITLES[role],
    hint: HINTS[role],
    items: people
      .filter((person) => person.role === role)
      .map((person) => ({
        value: accountId(person.email),
        text: `${person.name}${person.regionId ? ` (${person.regionId.replace(/-/g, ' ')})` : ''}`,
        hint: { text: person.email },
      })),
  }));
}

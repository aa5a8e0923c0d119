import * as z from 'zod/mini';
import type { PersonRole } from './roles.js';
import { singleLine } from './text.js';
import { zodMessage } from './validation.js';

/** The officials of one inspection, by role (functions/domain/roles.ts). Names and work email addresses only. */

/** The longest email address that can be used (RFC 5321: a path of 256 octets, less its angle brackets). */
export const EMAIL_ADDRESS_MAX = 254;

/** A work email address, at most 254 characters. For every email address the service accepts. */
export const emailAddressSchema = z.email({ error: () => zodMessage('dates.people.email') }).check(
  z.maxLength(EMAIL_ADDRESS_MAX, {
    error: () => zodMessage('dates.people.emailTooLong', { most: EMAIL_ADDRESS_MAX }),
  }),
);

/** A person's name: one line of plain text (functions/domain/text.ts), at most 120 characters. */
export const personNameSchema = singleLine(
  z
    .string({ error: () => zodMessage('dates.people.name') })
    .check(
      z.trim(),
      z.minLength(1, { error: () => zodMessage('dates.people.name') }),
      z.maxLength(120, { error: () => zodMessage('dates.people.nameTooLong', { most: 120 }) }),
    ),
);

export const personSchema = z.object({
  name: personNameSchema,
  email: emailAddressSchema,
});
export type Person = z.infer<typeof personSchema>;

/** Who takes part. The SPOC is named by the RPD after the announcement, so may be absent at first. */
export const peopleSchema = z.object({
  lead: personSchema,
  deputyLead: z.optional(personSchema),
  isa: personSchema,
  rpd: personSchema,
  spoc: z.optional(personSchema),
  headOfProgramme: personSchema,
  /** Told of organisational alerts and of escalations; the inspectorate's configured Chief Inspector if absent. */
  chiefInspector: z.optional(personSchema),
  /** The assistant inspectors on the team: they raise alerts during case inspections, for the lead to confirm. */
  assistantInspectors: z.optional(z.array(personSchema).check(z.maxLength(20))),
  /**
   * Who interviews in fieldwork week one, as the case sample's team form entered them (assistant
   * inspectors and, in Wales, Welsh-speaking local assessors): they may sign in to the inspection
   * as its assistant inspectors do. Kept apart from those named at planning, so that a team
   * entered later neither removes nor duplicates them.
   */
  interviewTeam: z.optional(z.array(personSchema).check(z.maxLength(40))),
});
export type People = z.infer<typeof peopleSchema>;

/**
 * The people a notice goes to. Until the SPOC is named, what is for the SPOC goes to the RPD;
 * a role with no one in it is left out; nobody is listed twice.
 */
export function resolveRecipients(
  people: People,
  to: readonly PersonRole[],
  cc: readonly PersonRole[] = [],
): { to: Person[]; cc: Person[]; toRoles: PersonRole[] } {
  const seen = new Set<string>();
  const pick = (roles: readonly PersonRole[]) =>
    roles.flatMap((role) => {
      const person = people[role] ?? (role === 'spoc' ? people.rpd : undefined);
      if (!person || seen.has(person.email.toLowerCase())) return [];
      seen.add(person.email.toLowerCase());
      return [{ role: people[role] ? role : 'rpd', person }];
    });
  const primary = pick(to);
  return {
    to: primary.map((entry) => entry.person),
    cc: pick(cc).map((entry) => entry.person),
    toRoles: primary.map((entry) => entry.role as PersonRole),
  };
}

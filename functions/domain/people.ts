import { z } from 'zod';
import type { PersonRole } from './roles.js';

/** The officials of one inspection, by role (functions/domain/roles.ts). Names and work email addresses only. */

export const personSchema = z.object({
  name: z.string().trim().min(1, { error: 'must be the person’s name' }).max(120),
  email: z.email({ error: 'must be an email address' }),
});
export type Person = z.infer<typeof personSchema>;

/** Who takes part. The SPOC is named by the RPD after the announcement, so may be absent at first. */
export const peopleSchema = z.object({
  lead: personSchema,
  deputyLead: personSchema.optional(),
  isa: personSchema,
  rpd: personSchema,
  spoc: personSchema.optional(),
  headOfProgramme: personSchema,
  /** Told of organisational alerts and of escalations; the inspectorate's configured Chief Inspector if absent. */
  chiefInspector: personSchema.optional(),
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

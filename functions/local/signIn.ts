import { principalSchema, type Principal } from '../domain/access.js';
import { type UserRole } from '../domain/roles.js';
import type { TimelineStore } from '../ports/timelineStore.js';

/**
 * The local runtime's sign-in, standing in for Cognito: pick a role and a person from the
 * inspections stored. Local only; on AWS the JWT authorizer says who someone is.
 */

export const LOCAL_COOKIE = 'dipp_local_user';

/** Everyone who can sign in locally: the officials named in the stored inspections. */
export async function localPeople(store: TimelineStore): Promise<Principal[]> {
  const seen = new Map<string, Principal>();
  const add = (principal: Principal) => seen.set(`${principal.role}|${principal.email.toLowerCase()}`, principal);
  for (const inspection of await store.listInspections()) {
    const p = inspection.people;
    add({ role: 'administrator', name: p.isa.name, email: p.isa.email });
    add({ role: 'headOfProgramme', name: p.headOfProgramme.name, email: p.headOfProgramme.email });
    for (const lead of [p.lead, p.deputyLead]) if (lead) add({ role: 'lead', name: lead.name, email: lead.email });
    for (const person of [p.rpd, p.spoc]) {
      if (person) add({ role: 'region', name: person.name, email: person.email, regionId: inspection.regionId });
    }
  }
  const order: UserRole[] = ['administrator', 'headOfProgramme', 'lead', 'region'];
  return [...seen.values()].sort(
    (a, b) =>
      order.indexOf(a.role) - order.indexOf(b.role) ||
      (a.regionId ?? '').localeCompare(b.regionId ?? '') ||
      a.name.localeCompare(b.name),
  );
}

export const encodePrincipal = (principal: Principal) => Buffer.from(JSON.stringify(principal)).toString('base64url');

export function decodePrincipal(value: string | undefined): Principal | undefined {
  if (!value) return undefined;
  try {
    const parsed = principalSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * The command line's way in: a name and the capacity it acts in (`--by`, `--as`). A lead or region
 * user is found among the people stored; an inspector who is not a lead acts as an administrator.
 */
export async function principalForCommandLine(
  store: TimelineStore,
  name: string,
  as: string,
): Promise<Principal | undefined> {
  const people = await localPeople(store);
  const role: UserRole = as === 'lead' ? 'lead' : as === 'region' ? 'region' : 'administrator';
  const found = people.find((p) => p.role === role && p.name.toLowerCase() === name.trim().toLowerCase());
  if (found) return found;
  if (role !== 'administrator') return undefined;
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '.')
      .replace(/^\.|\.$/g, '') || 'someone';
  return { role, name: name.trim(), email: `${slug}@local.invalid` };
}

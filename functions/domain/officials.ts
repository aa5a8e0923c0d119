import { sameEmail, seesEverything, type Guarded, type Principal } from './access.js';
import { said, type Said } from './messages/said.js';
import type { People, Person } from './people.js';
import { REGION_ROLES, type PersonRole } from './roles.js';

/**
 * The officials of an inspection who can change after it is planned (issue 15): the RPD names the
 * SPOC after the announcement (§3.3); an administrator replaces anyone who is ill, leaves or moves.
 */
export const OFFICIAL_ROLES = [
  'lead',
  'deputyLead',
  'isa',
  'rpd',
  'spoc',
  'headOfProgramme',
] as const satisfies readonly PersonRole[];
export type OfficialRole = (typeof OFFICIAL_ROLES)[number];

export const isOfficialRole = (role: string): role is OfficialRole =>
  (OFFICIAL_ROLES as readonly string[]).includes(role);

const isRegionRole = (role: OfficialRole) => (REGION_ROLES as readonly string[]).includes(role);

/** The inspection's RPD, signed in as the region. */
const isTheRpd = (principal: Principal, inspection: Guarded) =>
  principal.role === 'region' &&
  principal.regionId === inspection.regionId &&
  sameEmail(inspection.people.rpd.email, principal.email);

/**
 * Who may change an official: administrators and Heads of Programme anyone; the region's RPD the
 * SPOC (they name them).
 */
export function mayChangeOfficial(principal: Principal, inspection: Guarded, role: OfficialRole): boolean {
  return seesEverything(principal) || (role === 'spoc' && isTheRpd(principal, inspection));
}

/** One official's change: who held the role (none: named for the first time) and who holds it now. */
export interface OfficialChange {
  role: OfficialRole;
  before?: Person;
  after: Person;
  /** Only the name was put right: the same person, so nobody is told. */
  nameOnly: boolean;
  people: People;
}

/** The roles a lead and a deputy lead cannot share: nobody deputises for themselves. */
const EXCLUSIVE: Partial<Record<OfficialRole, OfficialRole>> = { lead: 'deputyLead', deputyLead: 'lead' };

/** The inspection's people with one official changed, or why not. */
export function changeOfficial(
  people: People,
  role: OfficialRole,
  person: Person,
): { ok: true; change: OfficialChange } | { ok: false; field: 'email' | 'name'; said: Said } {
  const before = people[role];
  if (before && sameEmail(before.email, person.email) && before.name === person.name) {
    return { ok: false, field: 'email', said: said('people.sameAlready', { name: person.name, role }) };
  }
  const other = EXCLUSIVE[role];
  if (other && sameEmail(people[other]?.email, person.email)) {
    return { ok: false, field: 'email', said: said('people.cannotBeBoth', { name: person.name, other }) };
  }
  return {
    ok: true,
    change: {
      role,
      ...(before ? { before } : {}),
      after: person,
      nameOnly: before !== undefined && sameEmail(before.email, person.email),
      people: { ...people, [role]: person },
    },
  };
}

/** A notice a change makes: to the role as it now is, or to the person who held it. */
export interface ChangeNotice {
  kind: 'official-named' | 'official-replaced' | 'contact-named' | 'contact-replaced';
  /** The role's holder now (named) or the person replaced, who is no longer in any role. */
  to: 'role' | 'before';
  cc: PersonRole[];
}

/**
 * Who is told of a change, once each: the person now in the role (with the key dates and the
 * calendar file) and the person they replace. The region hears nothing before its announcement
 * (the announcement itself reaches whoever is then in the role); a name put right tells nobody.
 */
export function noticesOfChange(change: OfficialChange, announced: boolean): ChangeNotice[] {
  if (change.nameOnly) return [];
  const region = isRegionRole(change.role);
  if (region && !announced) return [];
  const named: ChangeNotice = region
    ? { kind: 'contact-named', to: 'role', cc: ['lead'] }
    : { kind: 'official-named', to: 'role', cc: change.role === 'isa' ? [] : ['isa'] };
  if (!change.before) return [named];
  return [named, { kind: region ? 'contact-replaced' : 'official-replaced', to: 'before', cc: [] }];
}

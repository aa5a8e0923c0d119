import * as z from 'zod/mini';
import type { PersonAction } from './alerts.js';
import { emailAddressSchema, type People } from './people.js';
import { english, said, type Said } from './messages/said.js';
import { inlineText } from './text.js';
import { COGNITO_GROUPS, USER_ROLES, type AlertCapacity, type UserRole } from './roles.js';

/**
 * Who may see and change what (issue 6). The signed-in person's role comes from their Cognito group
 * (locally, from the sign-in page); what they may touch depends on the inspection:
 *
 * - administrators (inspection support) and Heads of Programme see and change everything;
 * - a lead inspector sees and changes the inspections where they are the lead or deputy lead;
 * - an assistant inspector sees the inspections where they are on the team, and raises alerts
 *   there for the lead to confirm;
 * - a region user (the RPD or SPOC) sees their own region's inspection and answers its alerts.
 */
/** The role each Cognito group gives. */
const GROUP_ROLES: Record<string, UserRole> = Object.fromEntries(
  USER_ROLES.map((role) => [COGNITO_GROUPS[role].name, role]),
);

export const principalSchema = z.object({
  role: z.enum(USER_ROLES),
  /** From the identity provider: kept as one line of plain text. */
  name: z.pipe(
    z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
    z.transform((name: string) => inlineText(name, 120)),
  ),
  email: emailAddressSchema,
  /** A region user's region (the region's id, e.g. `north-east`). */
  regionId: z.optional(z.string().check(z.minLength(1))),
});
export type Principal = z.infer<typeof principalSchema>;

/** What an inspection says about who may touch it. */
export interface Guarded {
  regionId: string;
  people: People;
}

/** Email addresses compare without regard to case. */
export const sameEmail = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();

export function seesEverything(principal: Principal): boolean {
  return principal.role === 'administrator' || principal.role === 'headOfProgramme';
}

/** The lead or deputy lead of this inspection, known by their work email. */
export function leads(principal: Principal, inspection: Guarded): boolean {
  return (
    principal.role === 'lead' &&
    (sameEmail(inspection.people.lead.email, principal.email) ||
      sameEmail(inspection.people.deputyLead?.email, principal.email))
  );
}

/** An assistant inspector on this inspection's team, known by their work email. */
export function onTeam(principal: Principal, inspection: Guarded): boolean {
  return (
    principal.role === 'assistantInspector' &&
    [...(inspection.people.assistantInspectors ?? []), ...(inspection.people.interviewTeam ?? [])].some((person) =>
      sameEmail(person.email, principal.email),
    )
  );
}

export function canSee(principal: Principal, inspection: Guarded): boolean {
  if (seesEverything(principal)) return true;
  if (principal.role === 'lead') return leads(principal, inspection);
  if (principal.role === 'assistantInspector') return onTeam(principal, inspection);
  return principal.regionId !== undefined && principal.regionId === inspection.regionId;
}

/**
 * Whether someone may see an alert of an inspection they can see: the region sees an alert only
 * once it has been told of it (not one still waiting for the lead to confirm, nor one withdrawn
 * before it was sent).
 */
export function canSeeAlert(principal: Principal, inspection: Guarded, alert: { notifiedAt?: string }): boolean {
  return canSee(principal, inspection) && (principal.role !== 'region' || alert.notifiedAt !== undefined);
}

/** Changing the timeline or driving an alert as the inspectorate. */
export function canChange(principal: Principal, inspection: Guarded): boolean {
  return seesEverything(principal) || leads(principal, inspection);
}

/** Answering an alert as the region (acknowledge, submit evidence). */
export function canAnswer(principal: Principal, inspection: Guarded): boolean {
  return seesEverything(principal) || (principal.role === 'region' && canSee(principal, inspection));
}

/** Only administrators and Heads of Programme plan a new inspection. */
export function canCreate(principal: Principal): boolean {
  return seesEverything(principal);
}

/** A person's own calendar, or anyone's for those who see everything. */
export function canSeeCalendarOf(principal: Principal, email: string): boolean {
  return seesEverything(principal) || sameEmail(email, principal.email);
}

const REGION_ACTIONS: readonly PersonAction[] = ['acknowledge', 'submit-evidence'];

/**
 * Whether someone answers for the region without being it (an administrator or Head of Programme
 * acting on the region's behalf): shown as such, and only with a reason.
 */
export function actsForRegion(principal: Principal, inspection: Guarded): boolean {
  return principal.role !== 'region' && canAnswer(principal, inspection);
}

/** Whether the person raised the alert (nobody confirms their own alert). */
export function raisedBy(principal: Principal, alert: { raised: { byId?: string } }): boolean {
  return sameEmail(alert.raised.byId, principal.email);
}

/**
 * The capacity in which a person acts on an alert, or undefined if they may not. The region
 * acknowledges and submits evidence; the lead (or someone who sees everything, for them) does the
 * rest. Raising: a lead's alert is confirmed at once; anyone else's (an assistant inspector's on
 * the team, an administrator's) waits for the lead.
 */
export function alertCapacity(
  principal: Principal,
  inspection: Guarded,
  action: 'raise' | PersonAction,
): AlertCapacity | undefined {
  if (action !== 'raise' && REGION_ACTIONS.includes(action)) {
    return canAnswer(principal, inspection) ? 'region' : undefined;
  }
  if (action === 'raise' && onTeam(principal, inspection)) return 'inspector';
  if (!canChange(principal, inspection)) return undefined;
  if (action === 'raise') return leads(principal, inspection) ? 'lead' : 'inspector';
  return 'lead';
}

/**
 * The signed-in person from the JWT's claims (API Gateway's authorizer, or the local sign-in page,
 * which writes the same claims). `cognito:groups` arrives as an array, or as API Gateway's
 * "[a b]" string.
 */
export function principalFromClaims(
  claims: Record<string, unknown> | undefined,
  /** The groups that may use the service (configuration); all of them if not given. */
  allowedGroups?: readonly string[],
): { ok: true; principal: Principal } | { ok: false; message: string; said: Said } {
  const refused = (why: Said) => ({ ok: false as const, message: english(why), said: why });
  if (!claims) return refused(said('access.notSignedIn'));
  const raw = claims['cognito:groups'];
  const groups = Array.isArray(raw)
    ? raw.map(String)
    : typeof raw === 'string'
      ? raw
          .replace(/^\[|\]$/g, '')
          .split(/[\s,]+/)
          .filter(Boolean)
      : [];
  // The most powerful group wins when someone is in more than one.
  const allowed = groups.filter((g) => !allowedGroups || allowedGroups.includes(g));
  const role = USER_ROLES.find((r) => allowed.some((g) => GROUP_ROLES[g] === r));
  if (!role) return refused(groups.length > 0 ? said('access.noGroupAmong', { groups }) : said('access.noGroup'));
  // A lead is known by their email address: only a verified one counts.
  if (claims.email_verified !== true && claims.email_verified !== 'true') {
    return refused(said('access.emailNotVerified'));
  }
  const parsed = principalSchema.safeParse({
    role,
    name: claims.name ?? claims.email,
    email: claims.email,
    regionId: claims['custom:region'],
  });
  if (!parsed.success) return refused(said('access.claimsLacking'));
  if (role === 'region' && !parsed.data.regionId) return refused(said('access.regionUserWithoutRegion'));
  return { ok: true, principal: parsed.data };
}

/** The claims a principal is written as (the local sign-in page; tests). */
export function claimsOf(principal: Principal): Record<string, unknown> {
  return {
    'cognito:groups': [COGNITO_GROUPS[principal.role].name],
    name: principal.name,
    email: principal.email,
    email_verified: 'true',
    ...(principal.regionId ? { 'custom:region': principal.regionId } : {}),
  };
}

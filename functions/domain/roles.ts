/**
 * Who is who, in one vocabulary (issue 12):
 *
 * - a **user role** is what a person's sign-in says they are (their Cognito group);
 * - a **person role** is an official's part in one inspection (its lead, its RPD …);
 * - an **alert capacity** is the part someone acts in on an alert, derived from their user role
 *   and the inspection (functions/domain/access.ts), never taken from a request.
 */

export const USER_ROLES = ['administrator', 'headOfProgramme', 'lead', 'assistantInspector', 'region'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const USER_ROLE_TITLES: Record<UserRole, string> = {
  administrator: 'Inspection support administrator',
  headOfProgramme: 'Head of Probation Inspection Programme',
  lead: 'Lead inspector',
  assistantInspector: 'Assistant inspector',
  region: 'Region (RPD or SPOC)',
};

/** The Cognito group that gives each user role (the user pool's groups are made from this). */
export const COGNITO_GROUPS: Record<UserRole, { name: string; description: string }> = {
  administrator: {
    name: 'administrators',
    description: 'Inspection support administrators: see and change everything',
  },
  lead: { name: 'lead-inspectors', description: 'Lead inspectors: their inspections and alerts' },
  assistantInspector: {
    name: 'assistant-inspectors',
    description: 'Assistant inspectors: raise alerts in their inspections, for the lead to confirm',
  },
  region: {
    name: 'regions',
    description: 'Regions (RPD, SPOC): their own region’s inspection, read and answer',
  },
  headOfProgramme: {
    name: 'heads-of-programme',
    description: 'Heads of Probation Inspection Programme: see and change everything',
  },
};

/** The officials of one inspection, by role. */
export const PERSON_ROLES = ['lead', 'deputyLead', 'isa', 'rpd', 'spoc', 'headOfProgramme', 'chiefInspector'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const ROLE_TITLES: Record<PersonRole, string> = {
  lead: 'lead inspector',
  deputyLead: 'deputy lead inspector',
  isa: 'inspection support administrator',
  rpd: 'regional probation director',
  spoc: 'single point of contact',
  headOfProgramme: 'Head of Probation Inspection Programme',
  chiefInspector: 'Chief Inspector of Probation',
};

/** The region's officials: what is for the region goes to them. */
export const REGION_ROLES = ['rpd', 'spoc'] as const satisfies readonly PersonRole[];

/** Whom an overdue alert is escalated to, step by step. */
export const ESCALATION_ROLES = ['headOfProgramme', 'chiefInspector'] as const satisfies readonly PersonRole[];
export type EscalationRole = (typeof ESCALATION_ROLES)[number];

/**
 * The parts people act in on an alert: an inspector raises it, the lead inspector confirms,
 * assures or withdraws it, the region acknowledges and evidences its action.
 */
export const ALERT_CAPACITIES = ['inspector', 'lead', 'region'] as const;
export type AlertCapacity = (typeof ALERT_CAPACITIES)[number];

/** Who takes a step of an alert: a person in their capacity, or the system. */
export type AlertActor = AlertCapacity | 'system';

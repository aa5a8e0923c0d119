import type { Principal } from '../../functions/domain/access.js';
import { PEOPLE } from './records.js';

/**
 * People as they sign in, for use-case tests: the officials of test/support/records.ts's PEOPLE
 * (those an inspection is planned with), and others who are not on that inspection.
 */
export const SIGNED_IN = {
  /** The inspection support administrator: sees and changes everything. */
  isa: { role: 'administrator', ...PEOPLE.isa },
  headOfProgramme: { role: 'headOfProgramme', ...PEOPLE.headOfProgramme },
  lead: { role: 'lead', ...PEOPLE.lead },
  deputyLead: { role: 'lead', ...PEOPLE.deputyLead },
  /** A lead inspector of other inspections. */
  otherLead: { role: 'lead', name: 'Olu Other', email: 'other.lead@officials.example' },
  /** An inspector on the team who is not the lead (signs in through the administrators' group). */
  inspector: { role: 'administrator', name: 'Ivy Inspector', email: 'ivy@officials.example' },
} satisfies Record<string, Principal>;

/** The SPOC, signed in as a user of a region (by the region's id, e.g. `north-east`). */
export const regionUser = (regionId: string): Principal => ({ role: 'region', ...PEOPLE.spoc, regionId });

import type { Principal } from '../domain/access.js';
import { type UserRole } from '../domain/roles.js';
import type { TimelineStore } from '../ports/timelineStore.js';

/** Everyone who can sign in locally: the officials named in the stored inspections. */
export async function localPeople(store: TimelineStore): Promise<Principal[]> {
  const seen = new Map<string, Principal>();
  const add = (principal: Principal) => seen.set(`${principal.role}|${principal.email.toLowerCase()}`, principal);
  for (const inspection of await store.listInspections()) {
    const p = inspection.people;
    add({ role: 'administrator', name: p.isa.name, email: p.isa.email });
    add({ role: 'headOfProgramme', name: p.headOfProgramme.name, email: p.headOfProgramme.email });
    for (const lead of [p.lead, p.deputyLead]) if (lead) add({ role: 'lead', name: lead.name, email: lead.email });
    for (const inspector of p.assistantInspectors ?? []) {
      add({ role: 'assistantInspector', name: inspector.name, email: inspector.email });
    }
    for (const person of [p.rpd, p.spoc]) {
      if (person) add({ role: 'region', name: person.name, email: person.email, regionId: inspection.regionId });
    }
  }
  const order: UserRole[] = ['administrator', 'headOfProgramme', 'lead', 'assistantInspector', 'region'];
  return [...seen.values()].sort(
    (a, b) =>
      order.indexOf(a.role) - order.indexOf(b.role) ||
      (a.regionId ?? '').localeCompare(b.regionId ?? '') ||
      a.name.localeCompare(b.name),
  );
}

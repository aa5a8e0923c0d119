import { askForChange } from '../app/caseSample/askForChange.js';
import { decideChange } from '../app/caseSample/decideChange.js';
import { decideShortfall } from '../app/caseSample/decideShortfall.js';
import { setTeam } from '../app/caseSample/setTeam.js';
import { uploadLongList } from '../app/caseSample/uploadLongList.js';
import type { Deps } from '../app/deps.js';
import { addWorkingDays } from '../domain/calendar.js';
import { currentCases } from '../app/caseSample/currentSample.js';
import { ukInstant, type LocalDate } from '../domain/localDate.js';
import type { InspectionState } from '../ports/records.js';
import type { ScriptedAction } from './demo.js';
import { demoPrincipals } from './demo.js';
import { longListCsv, syntheticLongList } from './syntheticLongList.js';

/** The region whose SPOC asks for changes to its sample in the demonstration. */
export const DEMO_SAMPLE_CHANGES_REGION = 'south-west';

/** Ten invented assistant inspectors for week one's interviews (enough for 77 cases in a four-day week). */
const demoAssistants = (regionId: string) =>
  Array.from({ length: 10 }, (_, index) => ({
    name: `Assistant Inspector ${index + 1}`,
    email: `assistant${index + 1}.${regionId}@inspectorate.example`,
  }));

/**
 * The case sample in the demonstration (issue 14): a week before each announcement the ISA uploads
 * the region's long-list (synthetic, a few thousand commencements), enters the week-one team and
 * accepts any shortfall, so the sample is issued with the announcement. In one region the SPOC then
 * asks for three changes and the lead decides them: a case excluded (the next reserve case comes in),
 * a practitioner's substitute, and a practitioner who cannot attend, read from the file.
 */
export function sampleScript(deps: Deps, state: InspectionState, seed: number): ScriptedAction[] {
  const { inspection } = state;
  const inspectionId = inspection.id;
  const who = demoPrincipals(inspection);
  const announced = state.milestones.find((m) => m.id === 'announcement')?.dueDate as LocalDate;
  const at = (workingDays: number, time: string) =>
    new Date(ukInstant(addWorkingDays(deps.calendar, announced, workingDays), time));
  const actions: ScriptedAction[] = [
    {
      at: at(-5, '10:00'),
      inspectionId,
      describe: 'the ISA uploads the long-list, enters the team and settles any shortfall',
      act: async (d: Deps) => {
        const cases = syntheticLongList({
          region: inspection.region,
          fieldworkStart: inspection.fieldworkStart,
          rows: 3000,
          seed,
        });
        const record = await uploadLongList(d, who.isa, { inspectionId, csv: longListCsv(cases) });
        await setTeam(d, who.isa, { inspectionId, assistantInspectors: demoAssistants(inspection.regionId) });
        for (const shortfall of record.sample?.shortfalls ?? []) {
          await decideShortfall(d, who.isa, {
            inspectionId,
            shortfallId: shortfall.id,
            decision: 'accept',
            note: 'Accepted: the region has no further eligible cases',
          });
        }
      },
    },
  ];
  if (inspection.regionId !== DEMO_SAMPLE_CHANGES_REGION) return actions;
  const sampled = async (d: Deps, index: number) => {
    const record = await d.caseSample.getSample(inspectionId);
    return record ? currentCases(record)[index]?.crn : undefined;
  };
  const ask = (index: number, request: Record<string, unknown>) => async (d: Deps) => {
    const crn = await sampled(d, index);
    if (crn) await askForChange(d, who.region, { inspectionId, request: { ...request, crn } });
  };
  actions.push(
    {
      at: at(2, '10:00'),
      inspectionId,
      describe: 'the SPOC asks for a case to be excluded (a review is under way)',
      act: ask(0, {
        kind: 'exclude-case',
        ground: 'current-review',
        reason: 'A serious further offence review began last week',
      }),
    },
    {
      at: at(2, '10:15'),
      inspectionId,
      describe: 'the SPOC names a substitute for a practitioner on leave',
      act: ask(1, {
        kind: 'practitioner-cannot-attend',
        substitute: { name: 'Line Manager Demo', staffId: 'LM0001' },
        reason: 'The practitioner is on leave in week one; their line manager knows the case',
      }),
    },
    {
      at: at(2, '10:30'),
      inspectionId,
      describe: 'the SPOC reports a practitioner who cannot attend, with nobody to stand in',
      act: ask(2, {
        kind: 'practitioner-cannot-attend',
        reason: 'The practitioner has left and the case is reallocated',
      }),
    },
    {
      at: at(3, '11:00'),
      inspectionId,
      describe: 'the lead decides the three requests',
      act: async (d: Deps) => {
        const record = await d.caseSample.getSample(inspectionId);
        for (const request of (record?.requests ?? []).filter((item) => !item.decision)) {
          const fileRead = request.request.kind === 'practitioner-cannot-attend' && !request.request.substitute;
          await decideChange(d, who.lead, {
            inspectionId,
            requestId: request.id,
            decision: fileRead ? 'approve-as-file-read' : 'approve',
            note: fileRead ? 'We will read the file' : 'Agreed',
          });
        }
      },
    },
  );
  return actions;
}

import * as z from 'zod/mini';
import type { Deps } from '../app/deps.js';
import { actOnAlert } from '../app/alerts/actOnAlert.js';
import { evidenceDownloadLink, offerEvidenceUpload, registerEvidenceUpload } from '../app/alerts/evidenceFiles.js';
import { raiseAlert } from '../app/alerts/raiseAlert.js';
import { recordCompletion } from '../app/inspections/recordCompletion.js';
import { changeOfficial } from '../app/inspections/changeOfficial.js';
import {
  clashSchema,
  programmeCalendarFile,
  programmeForApi,
  programmeResponseSchema,
  withoutSaid,
} from '../app/queries/programmeView.js';
import { planProgramme } from '../app/inspections/planProgramme.js';
import { previewReschedule, reschedulePreviewSchema } from '../app/inspections/previewReschedule.js';
import { reschedule } from '../app/inspections/reschedule.js';
import { forApi, reportView, reportViewOf, reportViewSchema } from '../app/queries/reportView.js';
import { recordReportStage } from '../app/report/recordReportStage.js';
import { startInspection } from '../app/inspections/startInspection.js';
import { undoCompletion } from '../app/inspections/undoCompletion.js';
import { waiveMilestone } from '../app/inspections/waiveMilestone.js';
import { getAlert, listAlerts } from '../app/queries/alerts.js';
import { alertViewSchema } from '../app/queries/audienceViews.js';
import { inspectionCalendar, personCalendar } from '../app/queries/calendars.js';
import { dueMilestones } from '../app/queries/dueMilestones.js';
import { inspectionView } from '../app/queries/inspectionView.js';
import { noticesFor } from '../app/queries/noticesFor.js';
import { openAlerts } from '../app/queries/openAlerts.js';
import { overviewPage } from '../app/queries/overviewPage.js';
import { whatIsDue } from '../app/queries/whatIsDue.js';
import {
  dueListSchema,
  dueSchema,
  inspectionRowSchema,
  inspectionViewSchema,
  milestoneResultSchema,
  openAlertsSchema,
  planSchema,
  type FileResult,
} from '../app/queries/views.js';
import type { Principal } from '../domain/access.js';
import { changeRequestRecordSchema } from '../ports/caseSampleRecords.js';
import { alertRecordSchema, noticeRecordSchema, type InspectionState } from '../ports/records.js';
import { askForChange } from '../app/caseSample/askForChange.js';
import { decideChange } from '../app/caseSample/decideChange.js';
import { decideShortfall } from '../app/caseSample/decideShortfall.js';
import { recordCaseState } from '../app/caseSample/recordCaseState.js';
import { redrawSample } from '../app/caseSample/redrawSample.js';
import { sampleCsv } from '../app/caseSample/sampleCsv.js';
import { setSampleSize } from '../app/caseSample/setSampleSize.js';
import { setTeam } from '../app/caseSample/setTeam.js';
import { uploadLongList } from '../app/caseSample/uploadLongList.js';
import { viewSample } from '../app/caseSample/viewSample.js';
import { caseSampleRecordSchema, sampleViewSchema } from './sampleResponses.js';
import { ROUTE_LIST, type RouteName, type RouteSpec } from './routeManifest.js';

/**
 * The HTTP API: each route of the manifest mapped to its use case, served by API Gateway in AWS and
 * by the local server. The use cases check who is asking (they receive the person verified at the
 * edge) and take the actor from the sign-in rather than the request; every JSON answer is checked
 * against its schema before it leaves.
 */

/** `nextLink`: where the next page of a list is, while there is one. */
export type ApiResult = { json: unknown; nextLink?: string } | { file: FileResult } | { redirect: string };

/** Input: the path's parameters, the query string and the JSON body, merged. */
type Handle = (deps: Deps, principal: Principal, input: Record<string, unknown>) => Promise<ApiResult>;

const json =
  <T>(useCase: (deps: Deps, principal: Principal, input: Record<string, unknown>) => Promise<T>): Handle =>
  async (deps, principal, input) => ({ json: await useCase(deps, principal, input) });

const file =
  (useCase: (deps: Deps, principal: Principal, input: Record<string, unknown>) => Promise<FileResult>): Handle =>
  async (deps, principal, input) => ({ file: await useCase(deps, principal, input) });

const uploadOfferSchema = z.object({
  form: z.object({ url: z.url(), fields: z.record(z.string(), z.string()) }),
  maxBytes: z.int(),
  expiresAt: z.iso.datetime(),
});

const planOf = (state: InspectionState) => ({ inspection: state.inspection, milestones: state.milestones });

const personSchema = z.object({ name: z.string(), email: z.string() });

/** A programme's plans as the API answers them (the clashes' words in English). */
const programmePlannedSchema = z.object({
  saved: z.boolean(),
  plans: z.array(
    z.object({
      row: z.int(),
      id: z.string(),
      region: z.string(),
      fieldworkStart: z.string(),
      fieldworkEnd: z.string(),
      announcement: z.string(),
      publication: z.string(),
      people: z.object({
        lead: personSchema,
        deputyLead: z.optional(personSchema),
        isa: personSchema,
        rpd: personSchema,
        spoc: z.optional(personSchema),
        headOfProgramme: personSchema,
      }),
    }),
  ),
  clashes: z.array(clashSchema),
});

const HANDLERS: { [Name in RouteName]: { response?: z.ZodMiniType; handle: Handle } } = {
  listInspections: {
    response: z.array(inspectionRowSchema),
    handle: async (deps, p, input) => {
      const { rows, next } = await overviewPage(deps, p, input);
      return {
        json: rows,
        ...(next ? { nextLink: `/api/inspections?page=${next.page}&pageSize=${next.pageSize}` } : {}),
      };
    },
  },
  startInspection: {
    response: planSchema,
    handle: json(async (deps, p, input) => planOf(await startInspection(deps, p, input))),
  },
  getInspection: {
    response: inspectionViewSchema,
    handle: json((deps, p, input) => inspectionView(deps, p, input.inspectionId)),
  },
  reschedule: {
    response: planSchema,
    handle: json(async (deps, p, input) => planOf(await reschedule(deps, p, input))),
  },
  previewReschedule: { response: reschedulePreviewSchema, handle: json(previewReschedule) },
  programme: { response: programmeResponseSchema, handle: json((deps, p) => programmeForApi(deps, p)) },
  planProgramme: {
    response: programmePlannedSchema,
    handle: json(async (deps, p, input) => {
      const planned = await planProgramme(deps, p, input);
      return { ...planned, clashes: planned.clashes.map(withoutSaid) };
    }),
  },
  programmeCalendar: { handle: file((deps, p) => programmeCalendarFile(deps, p)) },
  changeOfficial: {
    response: planSchema,
    handle: json(async (deps, p, input) => planOf((await changeOfficial(deps, p, input)).state)),
  },
  getReport: {
    response: reportViewSchema,
    handle: json(async (deps, p, input) => forApi(await reportView(deps, p, input.inspectionId))),
  },
  recordReportStage: {
    response: reportViewSchema,
    handle: json(async (deps, p, input) => {
      const recorded = await recordReportStage(deps, p, input);
      return forApi(reportViewOf(recorded.inspection, recorded));
    }),
  },
  recordCompletion: { response: milestoneResultSchema, handle: json(recordCompletion) },
  undoCompletion: { response: milestoneResultSchema, handle: json(undoCompletion) },
  waiveMilestone: { response: milestoneResultSchema, handle: json(waiveMilestone) },
  listNotices: {
    response: z.array(noticeRecordSchema),
    handle: json((deps, p, input) => noticesFor(deps, p, input.inspectionId)),
  },
  inspectionCalendar: { handle: file((deps, p, input) => inspectionCalendar(deps, p, input.inspectionId)) },
  personCalendar: { handle: file(personCalendar) },
  dueMilestones: { response: dueSchema, handle: json(dueMilestones) },
  whatIsDue: { response: dueListSchema, handle: json(whatIsDue) },
  listAlerts: { response: z.array(alertViewSchema), handle: json(listAlerts) },
  openAlerts: { response: openAlertsSchema, handle: json(openAlerts) },
  raiseAlert: { response: alertRecordSchema, handle: json(raiseAlert) },
  getAlert: { response: alertViewSchema, handle: json((deps, p, input) => getAlert(deps, p, input.alertId)) },
  offerEvidenceUpload: {
    response: uploadOfferSchema,
    handle: json((deps, p, input) =>
      offerEvidenceUpload(deps, p, {
        alertId: input.alertId,
        // After the upload S3 sends the browser here, with the key: an address of this service only.
        redirect: `${deps.config.baseUrl}/alerts/${encodeURIComponent(String(input.alertId ?? ''))}/files/uploaded`,
      }),
    ),
  },
  registerEvidenceUpload: { response: alertRecordSchema, handle: json(registerEvidenceUpload) },
  downloadEvidenceFile: {
    handle: async (deps, p, input) => ({
      redirect: (await evidenceDownloadLink(deps, p, { alertId: input.alertId, fileId: input.fileId })).url,
    }),
  },
  actOnAlert: { response: alertRecordSchema, handle: json(actOnAlert) },
  getSample: { response: sampleViewSchema, handle: json((deps, p, input) => viewSample(deps, p, input.inspectionId)) },
  sampleCsv: { handle: file((deps, p, input) => sampleCsv(deps, p, input.inspectionId)) },
  uploadLongList: { response: caseSampleRecordSchema, handle: json(uploadLongList) },
  setSampleTeam: { response: caseSampleRecordSchema, handle: json(setTeam) },
  decideShortfall: { response: caseSampleRecordSchema, handle: json(decideShortfall) },
  setSampleSize: { response: caseSampleRecordSchema, handle: json(setSampleSize) },
  redrawSample: { response: caseSampleRecordSchema, handle: json(redrawSample) },
  askSampleChange: { response: changeRequestRecordSchema, handle: json(askForChange) },
  decideSampleChange: { response: changeRequestRecordSchema, handle: json(decideChange) },
  recordCaseState: { response: caseSampleRecordSchema, handle: json(recordCaseState) },
};

export interface ApiRoute extends RouteSpec {
  name: string;
  response?: z.ZodMiniType;
  handle: Handle;
}

export const API_ROUTES: readonly ApiRoute[] = ROUTE_LIST.map((spec) => ({ ...spec, ...HANDLERS[spec.name] }));

export const routeNamed = (name: RouteName): ApiRoute => API_ROUTES.find((r) => r.name === name) as ApiRoute;

/**
 * The HTTP API's routes as API Gateway sees them: name, method, path, and whether the route only
 * reads (served by a function whose role may only read the table). The CDK stack builds the API
 * from this list alone; `api.ts` gives each route its use case, and the compiler holds the two to
 * the same names.
 */
export interface RouteSpec {
  method: 'GET' | 'POST';
  /** API Gateway's route path, e.g. `/api/inspections/{inspectionId}`. */
  path: string;
  reads: boolean;
  /** What the route is for, in a line (for the reader of this table). */
  describe: string;
  /**
   * The body's type when it is not a JSON object: `text/csv` is the long-list, taken whole as the
   * input's `csv` and allowed `MAX_LONG_LIST_BYTES` (the web ACL exempts its path from 64 KB).
   */
  body?: 'text/csv';
  /** A file to save rather than show (`content-disposition: attachment`). */
  attachment?: boolean;
}

export const ROUTE_MANIFEST = {
  listInspections: {
    method: 'GET',
    path: '/api/inspections',
    reads: true,
    describe:
      'every inspection the person may see, each at a glance, by fieldwork start: `page` (from 1) of `pageSize` (50 unless asked, at most 500), `nextLink` naming the next',
  },
  startInspection: {
    method: 'POST',
    path: '/api/inspections',
    reads: false,
    describe: 'plan a new inspection and start its workflow',
  },
  getInspection: {
    method: 'GET',
    path: '/api/inspections/{inspectionId}',
    reads: true,
    describe: 'one inspection with its timeline, completions and alerts',
  },
  reschedule: {
    method: 'POST',
    path: '/api/inspections/{inspectionId}/reschedule',
    reads: false,
    describe: 'move the fieldwork start or single milestone dates (confirmWarnings: true when the preview warned)',
  },
  previewReschedule: {
    method: 'POST',
    path: '/api/inspections/{inspectionId}/reschedule/preview',
    reads: true,
    describe: 'what a reschedule would do, saving nothing: every date that moves, who is emailed what, the warnings',
  },
  programme: {
    method: 'GET',
    path: '/api/programme',
    reads: true,
    describe: 'every inspection by week, with each clash named (administrators and Heads of Programme)',
  },
  planProgramme: {
    method: 'POST',
    path: '/api/programme/plan',
    reads: false,
    describe:
      'plan a whole programme from one CSV file ({ csv, confirm?, acknowledgeClashes? }): the plans and their clashes, saved only when confirm is true',
  },
  programmeCalendar: {
    method: 'GET',
    path: '/api/programme.ics',
    reads: true,
    describe: 'the whole programme as an iCalendar feed',
  },
  changeOfficial: {
    method: 'POST',
    path: '/api/inspections/{inspectionId}/people/{role}',
    reads: false,
    describe:
      'name or replace an official (lead, deputyLead, isa, rpd, spoc, headOfProgramme): administrators anyone, the RPD the SPOC',
  },
  getReport: {
    method: 'GET',
    path: '/api/inspections/{inspectionId}/report',
    reads: true,
    describe:
      'the report’s road: each stage with its owner, due date and state, and the publication forecast beside its aim',
  },
  recordReportStage: {
    method: 'POST',
    path: '/api/inspections/{inspectionId}/report/{stageId}',
    reads: false,
    describe:
      'record a report stage done, returned for another round (reason), a factual-accuracy dispute (matter) or its decision',
  },
  recordCompletion: {
    method: 'POST',
    path: '/api/inspections/{inspectionId}/completions',
    reads: false,
    describe: 'record that a milestone was done (met, or met late)',
  },
  undoCompletion: {
    method: 'POST',
    path: '/api/inspections/{inspectionId}/completions/undo',
    reads: false,
    describe: 'undo a milestone recorded done or waived, the same day, by whoever recorded it or an administrator',
  },
  waiveMilestone: {
    method: 'POST',
    path: '/api/inspections/{inspectionId}/waivers',
    reads: false,
    describe: 'waive a milestone, with a reason',
  },
  listNotices: {
    method: 'GET',
    path: '/api/inspections/{inspectionId}/notices',
    reads: true,
    describe: 'the notices of an inspection with their status (sent, bounced, failed …)',
  },
  inspectionCalendar: {
    method: 'GET',
    path: '/api/inspections/{inspectionId}/calendar.ics',
    reads: true,
    describe: 'an iCalendar feed of the inspection’s milestones, to subscribe to in Outlook',
  },
  personCalendar: {
    method: 'GET',
    path: '/api/people/{email}/calendar.ics',
    reads: true,
    describe: 'an iCalendar feed of every inspection a person takes part in',
  },
  dueMilestones: {
    method: 'GET',
    path: '/api/milestones/due',
    reads: true,
    describe: 'everything due between two dates, and everything overdue, across the inspections the person may see',
  },
  whatIsDue: {
    method: 'GET',
    path: '/api/due',
    reads: true,
    describe:
      'milestones and alert deadlines due in a period (period, or from and to) and overdue; region? and actor? filter',
  },
  listAlerts: {
    method: 'GET',
    path: '/api/alerts',
    reads: true,
    describe: 'alerts, of one inspection or of all the person may see; only open ones with open=true',
  },
  openAlerts: {
    method: 'GET',
    path: '/api/open-alerts',
    reads: true,
    describe: 'the open alerts the person may see: state, whose turn it is, next deadline; state? turn? region?',
  },
  raiseAlert: {
    method: 'POST',
    path: '/api/alerts',
    reads: false,
    describe: 'raise an individual or organisational alert',
  },
  getAlert: {
    method: 'GET',
    path: '/api/alerts/{alertId}',
    reads: true,
    describe: 'one alert: its state, deadlines, escalations and evidence',
  },
  offerEvidenceUpload: {
    method: 'POST',
    path: '/api/alerts/{alertId}/uploads',
    reads: false,
    describe:
      'a signed form to upload one evidence file straight to the store (10 MB at most; redirect? where the browser goes after)',
  },
  registerEvidenceUpload: {
    method: 'POST',
    path: '/api/alerts/{alertId}/files',
    reads: false,
    describe: 'take in an uploaded file (key, onBehalfReason?): checked and named on the alert, or refused and deleted',
  },
  downloadEvidenceFile: {
    method: 'GET',
    path: '/api/alerts/{alertId}/files/{fileId}',
    // Not read-only: each download writes an audit entry.
    reads: false,
    describe: 'an evidence file of the alert: 303 to a signed link that works for a minute; each read audited',
  },
  actOnAlert: {
    method: 'POST',
    path: '/api/alerts/{alertId}/{action}',
    reads: false,
    describe: 'confirm, acknowledge, submit-evidence, assure, withdraw or mark-in-report',
  },
  // The case sample (issue 14). Viewing and downloading write to the audit trail (a region user's
  // view, every download), so they are not read-only.
  getSample: {
    method: 'GET',
    path: '/api/inspections/{inspectionId}/sample',
    reads: false,
    describe: 'the case sample with its interviews, readiness and shortfalls (the region: once issued, its cases only)',
  },
  sampleCsv: {
    method: 'GET',
    path: '/api/inspections/{inspectionId}/sample.csv',
    reads: false,
    describe: 'the case sample and interview schedule as a CSV file to save (audited)',
    attachment: true,
  },
  uploadLongList: {
    method: 'POST',
    path: '/api/inspections/{inspectionId}/sample/long-list',
    reads: false,
    describe: 'upload the region’s long-list (a text/csv body, at most 2 MB) and draw the sample',
    body: 'text/csv',
  },
  setSampleTeam: {
    method: 'POST',
    path: '/api/inspections/{inspectionId}/sample/team',
    reads: false,
    describe:
      'the team for week one (assistantInspectors, welshSpeakingAssessors?, practitionerUnavailable?); draws up the schedule',
  },
  decideShortfall: {
    method: 'POST',
    path: '/api/inspections/{inspectionId}/sample/shortfalls',
    reads: false,
    describe: 'decide a shortfall: shortfallId, decision (accept or ask-region-for-more), note',
  },
  setSampleSize: {
    method: 'POST',
    path: '/api/inspections/{inspectionId}/sample/size',
    reads: false,
    describe: 'cases per PDU (perPdu, at least 5); a drawn sample is drawn again at that size',
  },
  redrawSample: {
    method: 'POST',
    path: '/api/inspections/{inspectionId}/sample/redraw',
    reads: false,
    describe: 'draw the sample again from the long-list kept, with a new seed',
  },
  askSampleChange: {
    method: 'POST',
    path: '/api/inspections/{inspectionId}/sample/requests',
    reads: false,
    describe:
      'the region asks for a change to its issued sample: request (move-interview, practitioner-cannot-attend or exclude-case, with crn and reason), onBehalfReason? for an administrator',
  },
  decideSampleChange: {
    method: 'POST',
    path: '/api/inspections/{inspectionId}/sample/requests/{requestId}/decision',
    reads: false,
    describe: 'the lead decides a request: decision (approve, approve-as-file-read or decline), note',
  },
  recordCaseState: {
    method: 'POST',
    path: '/api/inspections/{inspectionId}/sample/cases/{crn}/state',
    reads: false,
    describe:
      'record a sampled case’s progress from the first day of fieldwork: state (interviewed, substitute-interviewed, file-read, inspected)',
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof ROUTE_MANIFEST;

/** Every route, with its name. */
export const ROUTE_LIST: readonly (RouteSpec & { name: RouteName })[] = Object.entries(ROUTE_MANIFEST).map(
  ([name, spec]) => ({ name: name as RouteName, ...spec }),
);

/** API Gateway's route key: `GET /api/inspections/{inspectionId}`. */
export const routeKeyOf = (route: Pick<RouteSpec, 'method' | 'path'>) => `${route.method} ${route.path}`;

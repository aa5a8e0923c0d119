import { isClosed, type AlertStatus, type AlertType } from './alerts.js';
import { english, said, type Said, type SaidKey } from './messages/said.js';

/** The publication gate (§6.7): the report waits for its organisational alerts. */

/** What an alert needs before the inspection's report may be published. */
export interface GateAlert {
  ref: string;
  type: AlertType;
  status: AlertStatus;
  describedInReport: boolean;
}

export interface PublicationGate {
  open: boolean;
  /** Organisational alerts that hold publication, and why. */
  blocking: { ref: string; notAssured: boolean; notInReport: boolean; status: AlertStatus }[];
  /** Individual alerts not yet closed: listed for the lead at report time. */
  openIndividual: { ref: string; status: AlertStatus }[];
}

/**
 * The report may be published only once every organisational alert is assured and marked as
 * described in the report (§6.7: that one was raised must be described). A withdrawn alert does
 * not hold publication.
 */
export function publicationGate(alerts: readonly GateAlert[]): PublicationGate {
  const blocking = alerts
    .filter((alert) => alert.type === 'organisational' && alert.status !== 'withdrawn')
    .filter((alert) => alert.status !== 'assured' || !alert.describedInReport)
    .map((alert) => ({
      ref: alert.ref,
      status: alert.status,
      notAssured: alert.status !== 'assured',
      notInReport: !alert.describedInReport,
    }));
  const openIndividual = alerts
    .filter((alert) => alert.type === 'individual' && !isClosed(alert.status))
    .map((alert) => ({ ref: alert.ref, status: alert.status }));
  return { open: blocking.length === 0, blocking, openIndividual };
}

/** An alert's status as the gate names it. */
const STATUS_WORDS: Record<AlertStatus, SaidKey> = {
  raised: 'dates.alertStatus.raised',
  confirmed: 'dates.alertStatus.confirmed',
  'region-notified': 'dates.alertStatus.regionNotified',
  acknowledged: 'dates.alertStatus.acknowledged',
  'evidence-submitted': 'dates.alertStatus.evidenceSubmitted',
  'more-evidence-requested': 'dates.alertStatus.moreEvidenceRequested',
  assured: 'dates.alertStatus.assured',
  withdrawn: 'dates.alertStatus.withdrawn',
};

/** Why one alert holds publication. */
function alertReason(alert: PublicationGate['blocking'][number]): Said {
  const status = said(STATUS_WORDS[alert.status]);
  if (alert.notAssured && alert.notInReport) return said('dates.gate.neither', { ref: alert.ref, status });
  if (alert.notAssured) return said('dates.gate.notAssured', { ref: alert.ref, status });
  return said('dates.gate.notInReport', { ref: alert.ref });
}

/** Messages one after another ("…; …"), or undefined for none. */
export function saidInTurn(messages: readonly Said[]): Said | undefined {
  return messages.reduceRight<Said | undefined>(
    (rest, message) => (rest ? said('dates.list', { a: message, b: rest }) : message),
    undefined,
  );
}

/** Why publication is held, in a sentence for the timeline and the inspection's page (undefined when open). */
export function gateReasonSaid(gate: PublicationGate): Said | undefined {
  return saidInTurn(gate.blocking.map(alertReason));
}

/** Why publication is held, in English. */
export function gateReason(gate: PublicationGate): string {
  const reason = gateReasonSaid(gate);
  return reason ? english(reason) : '';
}

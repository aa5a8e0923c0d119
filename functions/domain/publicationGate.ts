import { isClosed, type AlertStatus, type AlertType } from './alerts.js';

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

/** Why publication is held, in a sentence for the timeline. */
export function gateReason(gate: PublicationGate): string {
  return gate.blocking
    .map((alert) => {
      const problems = [
        ...(alert.notAssured ? [`not assured (${alert.status})`] : []),
        ...(alert.notInReport ? ['not marked as described in the report'] : []),
      ];
      return `organisational alert ${alert.ref} is ${problems.join(' and ')}`;
    })
    .join('; ');
}

/**
 * References people see and type: `DIPP-<ID>` for an inspection (`wales-2027-05-17`) and for an
 * alert (`wales-2027-05-17-a1`).
 */
export const referenceOf = (id: string): string => `DIPP-${id.toUpperCase()}`;

/** An inspection's id from its reference (or its id), as a notice's header carries it. */
export const idOfReference = (reference: string): string =>
  reference
    .trim()
    .toLowerCase()
    .replace(/^dipp-/, '');

/** Alert ids are `<inspectionId>-a<n>`. */
export const alertIdOf = (inspectionId: string, number: number): string => `${inspectionId}-a${number}`;

/** An alert's id and its inspection's, from what a person typed (its id or its reference). */
export function parseAlertId(value: string): { inspectionId: string; alertId: string } | undefined {
  const id = idOfReference(value);
  const match = /^(.+)-a\d+$/.exec(id);
  return match?.[1] ? { inspectionId: match[1], alertId: id } : undefined;
}

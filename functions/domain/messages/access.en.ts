/** What the access rules and use cases say, in English (see en.ts). */
export const accessEn = {
  'access.cannotSeeAlert': 'you cannot see the alert {alert}',
  'access.alertIdNotAnAlert': 'alertId: is not an alert',
  'access.sayWhichInspection': 'say which inspection',
  'access.sayWhichAlert': 'say which alert',
  'access.noSuchInspection': 'no such inspection: {inspection}',
  'access.notAnInspection': 'is not an inspection',
  'access.cannotSeeInspection': 'you cannot see the inspection {inspection}',
  'access.cannotChangeInspection': 'you cannot change the inspection {inspection}',
  // Signing in (access.ts, identity).
  'access.notSignedIn': 'not signed in',
  'access.noGroupAmong': 'no DIPP group among: {groups}',
  'access.noGroup': 'no DIPP group among: none',
  'access.emailNotVerified': 'the email address is not verified',
  'access.claimsLacking': 'the sign-in lacks a name, email or region',
  'access.regionUserWithoutRegion': 'a region user has no region',
  'access.signInFailed': 'You could not be signed in: {reason}. Try again.',
  'access.signInElsewhere': 'the sign-in did not start in this browser',
  'access.signInExpired': 'the sign-in has expired or was already used',
  'access.noCalendar': 'there is no calendar at this address',
} as const satisfies Record<`access.${string}`, string>;

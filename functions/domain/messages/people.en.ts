/** What naming and replacing an inspection's officials says, in English (see en.ts). */
export const peopleEn = {
  'people.sameAlready': '{name} is the {role:role} already',
  'people.cannotBeBoth': '{name} is the {other:role}: nobody can be both the lead inspector and the deputy',
  'people.notAllowed': 'only an administrator, or the region’s RPD naming the SPOC, can change the {role:role}',
  'people.meanwhile': 'the inspection changed while its people were being changed: look again and retry',
} as const satisfies Record<`people.${string}`, string>;

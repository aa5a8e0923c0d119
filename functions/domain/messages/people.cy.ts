import type { peopleEn } from './people.en.js';

/** What naming and replacing an inspection's officials says, in Welsh (see cy.ts). */
export const peopleCy: Record<keyof typeof peopleEn, string> = {
  'people.sameAlready': '{name} yw’r {role:role} yn barod',
  'people.cannotBeBoth': '{name} yw’r {other:role}: ni all neb fod yn arolygydd arweiniol ac yn ddirprwy',
  'people.notAllowed':
    'dim ond gweinyddwr, neu gyfarwyddwr prawf rhanbarthol y rhanbarth wrth enwi’r un pwynt cyswllt, all newid y {role:role}',
  'people.meanwhile':
    'newidiodd yr arolygiad tra oedd ei bobl yn cael eu newid: edrychwch eto a rhoi cynnig arall arni',
};

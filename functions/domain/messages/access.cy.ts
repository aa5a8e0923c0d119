import type { accessEn } from './access.en.js';

/** What the access rules and use cases say, in Welsh: the same keys as access.en.ts. */
export const accessCy: Record<keyof typeof accessEn, string> = {
  'access.cannotSeeAlert': 'ni allwch weld y rhybudd {alert}',
  'access.alertIdNotAnAlert': 'alertId: nid yw’n rhybudd',
  'access.sayWhichInspection': 'dywedwch pa arolygiad',
  'access.sayWhichAlert': 'dywedwch pa rybudd',
  'access.noSuchInspection': 'nid oes arolygiad o’r enw {inspection}',
  'access.notAnInspection': 'nid yw’n arolygiad',
  'access.cannotSeeInspection': 'ni allwch weld yr arolygiad {inspection}',
  'access.cannotChangeInspection': 'ni allwch newid yr arolygiad {inspection}',
  'access.notSignedIn': 'nid ydych wedi mewngofnodi',
  'access.noGroupAmong': 'nid oes grŵp DIPP ymhlith y rhain: {groups}',
  'access.noGroup': 'nid ydych mewn unrhyw grŵp DIPP',
  'access.emailNotVerified': 'nid yw’r cyfeiriad e-bost wedi’i wirio',
  'access.claimsLacking': 'nid yw’r mewngofnodi’n rhoi enw, cyfeiriad e-bost neu ranbarth',
  'access.regionUserWithoutRegion': 'nid oes rhanbarth gan y defnyddiwr rhanbarthol hwn',
  'access.signInFailed': 'Nid oedd modd eich mewngofnodi: {reason}. Rhowch gynnig arall arni.',
  'access.signInElsewhere': 'ni ddechreuodd y mewngofnodi yn y porwr hwn',
  'access.signInExpired': 'mae’r mewngofnodi wedi dod i ben neu wedi’i ddefnyddio eisoes',
  'access.noCalendar': 'nid oes calendr yn y cyfeiriad hwn',
};

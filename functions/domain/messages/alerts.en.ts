/** What the alerts rules and use cases say, in English (see en.ts). */
export const alertsEn = {} as const satisfies Record<`alert.${string}`, string>;

/** What the dates rules and use cases say, in English (see en.ts). */
export const datesEn = {} as const satisfies Record<`dates.${string}`, string>;

/** What the caseSample rules and use cases say, in English (see en.ts). */
export const caseSampleEn = {} as const satisfies Record<`sample.${string}`, string>;

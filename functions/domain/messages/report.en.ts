/** What the report rules and use cases say, in English (see en.ts). */
export const reportEn = {} as const satisfies Record<`report.${string}`, string>;

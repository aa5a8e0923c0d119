/** What the access rules and use cases say, in English (see en.ts). */
export const accessEn = {} as const satisfies Record<`access.${string}`, string>;

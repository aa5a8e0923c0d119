/** What the due rules and use cases say, in English (see en.ts). */
export const dueEn = {} as const satisfies Record<`due.${string}`, string>;

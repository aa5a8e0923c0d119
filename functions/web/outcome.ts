import { problemOf, type Problem } from '../shared/httpProblem.js';

/** What a use case gave a page: its value, or the refusal to show (a fault is thrown on). */
export type Outcome<T> = { ok: true; value: T } | ({ ok: false } & Problem);

export async function attempt<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    const problem = problemOf(error);
    if (!problem) throw error;
    return { ok: false, ...problem };
  }
}

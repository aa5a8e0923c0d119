/** The only way the system learns the time: the real clock in AWS, a simulated one locally. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

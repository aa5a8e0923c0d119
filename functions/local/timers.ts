import FakeTimers from '@sinonjs/fake-timers';

/** The real timers, taken before any simulation replaces them. */
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

/** Node fires a timer longer than 2^31 − 1 ms (about 24.8 days) after 1 ms: chain such delays. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

type SetTimeout = (callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => unknown;
type ClearTimeout = (handle: unknown) => void;

interface Chained {
  current: unknown;
}

/** setTimeout and clearTimeout that wait out long delays in steps, over any underlying pair. */
export function longTimers(set: SetTimeout, clear: ClearTimeout): { set: SetTimeout; clear: ClearTimeout } {
  const chains = new WeakSet<object>();
  return {
    set(callback, ms = 0, ...args) {
      if (!(ms > MAX_TIMER_MS)) return set(callback, ms, ...args);
      const chain: Chained = { current: undefined };
      let remaining = ms;
      const step = () => {
        const delay = Math.min(remaining, MAX_TIMER_MS);
        remaining -= delay;
        chain.current = set(remaining > 0 ? step : () => callback(...args), delay);
      };
      step();
      chains.add(chain);
      return chain;
    },
    clear(handle) {
      clear(handle !== null && typeof handle === 'object' && chains.has(handle) ? (handle as Chained).current : handle);
    },
  };
}

/** For the real clock: long Step Functions waits (the lifecycle spans months) must not fire early. */
let longTimersInstalled = false;

export function installLongTimers(): void {
  if (longTimersInstalled) return;
  longTimersInstalled = true;
  const timers = longTimers(globalThis.setTimeout as unknown as SetTimeout, globalThis.clearTimeout as ClearTimeout);
  globalThis.setTimeout = timers.set as unknown as typeof setTimeout;
  globalThis.clearTimeout = timers.clear as typeof clearTimeout;
}

/**
 * Simulated time, so a whole lifecycle runs in seconds. `Date` and `setTimeout` are simulated
 * (long delays chained); I/O stays real. Time jumps to the next timer only when no work run
 * through `run` (Lambda handlers, the demonstration's actors) is in flight, so a wait never
 * overtakes a task and a task's timeout never fires while it is talking to DynamoDB. Should a
 * handler itself wait on a timer (an SDK retry backoff), the clock moves on after five real
 * seconds rather than stall.
 */
export class SimulatedClock {
  private readonly fake: ReturnType<typeof FakeTimers.install>;
  private readonly restore: () => void;
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(start: Date) {
    this.fake = FakeTimers.install({
      now: start,
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      shouldClearNativeTimers: true,
    });
    const fakeSet = globalThis.setTimeout;
    const fakeClear = globalThis.clearTimeout;
    const chained = longTimers(fakeSet as unknown as SetTimeout, fakeClear as ClearTimeout);
    globalThis.setTimeout = chained.set as unknown as typeof setTimeout;
    globalThis.clearTimeout = chained.clear as typeof clearTimeout;
    this.restore = () => {
      globalThis.setTimeout = fakeSet;
      globalThis.clearTimeout = fakeClear;
      this.fake.uninstall();
    };
  }

  now(): Date {
    return new Date(this.frozenAt ?? this.fake.now);
  }

  /** Set once the simulation is over: the service's date stays there, and the process has real time back. */
  private frozenAt: number | undefined;

  /**
   * Ends the simulation but keeps its date: `now()` stays at the last simulated instant, while
   * `Date` and the timers are real again, so what needs real time (signing in: tokens, sessions)
   * works while people look at the result.
   */
  freeze(): void {
    if (this.frozenAt !== undefined) return;
    this.frozenAt = this.fake.now;
    this.restore();
  }

  /** Runs I/O work, counted as busy: time stands still until it is done. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    this.inFlight += 1;
    try {
      return await work();
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    }
  }

  private turn(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  /** Resolves when no work has been in flight for a few turns of the real event loop. */
  async idle(): Promise<void> {
    for (let quiet = 0; quiet < 3;) {
      if (this.inFlight > 0) {
        // Work in flight may itself wait on a simulated timer (an SDK backoff): after five real
        // seconds, let time move on rather than stall.
        const stalled = await new Promise<boolean>((resolve) => {
          const stall = realSetTimeout(() => resolve(true), 5000);
          this.idleWaiters.push(() => {
            realClearTimeout(stall);
            resolve(false);
          });
        });
        if (stalled) return;
        quiet = 0;
      }
      await this.turn();
      quiet = this.inFlight === 0 ? quiet + 1 : 0;
    }
  }

  /**
   * Moves time forward timer by timer, each only when idle, until `finished()`, until nothing is
   * scheduled, or until the simulated instant `until` (never past it).
   */
  async runUntil(finished: () => boolean, until?: Date): Promise<void> {
    let reached = false;
    if (until) {
      globalThis.setTimeout(
        () => {
          reached = true;
        },
        Math.max(0, until.getTime() - this.fake.now),
      );
    }
    for (;;) {
      await this.idle();
      if (finished() || reached) return;
      if (this.fake.countTimers() === 0) return;
      // Fire the next timer and every other timer due at that same instant, so the notices of
      // many inspections at 09:00 run side by side, as Lambda would run them.
      this.fake.next();
      this.fake.tick(0);
    }
  }

  /** Moves time forward by `ms` (simulated), firing what falls due on the way. */
  async advance(ms: number): Promise<void> {
    await this.runUntil(() => false, new Date(this.fake.now + ms));
  }

  uninstall(): void {
    if (this.frozenAt === undefined) this.restore();
    this.frozenAt ??= this.fake.now;
  }
}

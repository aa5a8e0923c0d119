import type { AlertKey, Deps } from '../../functions/app/deps.js';
import { englandAndWalesCalendar } from '../../functions/domain/calendar.js';
import type { Clock } from '../../functions/ports/clock.js';
import { MemoryMetrics } from '../../functions/ports/metrics.js';
import {
  PermanentSendError,
  TransientSendError,
  type EmailMessage,
  type Notifier,
} from '../../functions/ports/notifier.js';
import type { WorkflowDriver } from '../../functions/ports/workflowDriver.js';
import { loadConfig } from '../../functions/shared/config.js';
import { logger } from '../../functions/shared/logger.js';
import { MemoryEvidenceStore } from './memory/evidence.js';
import { memoryStores } from './memoryStores.js';

/**
 * Test doubles of the ports a use case reaches besides the stores, and `memoryDeps()`, which puts
 * them together with the in-memory stores: everything a use case needs, with no emulator, no real
 * time and no workflow engine. The doubles do nothing on their own; they record what they were
 * asked, and do what the test tells them.
 */

// Use cases log as they go; a test reads what they did from the stores and the doubles instead.
logger.setLogLevel('SILENT');

/** A clock that stands still until the test moves it. */
export class SettableClock implements Clock {
  private current: Date;

  constructor(start: string | Date) {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Moves to an instant (back as well as forward: a retry may come at the same moment). */
  set(at: string | Date): void {
    this.current = new Date(at);
  }

  /** Moves on by some seconds. */
  advance(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
}

/** An email the channel accepted, with the id it answered with. */
export type SentEmail = EmailMessage & { messageId: string };

/**
 * How the next send goes wrong: refused for now (nothing sent), refused for good (nothing sent),
 * or cut off after the channel accepted it (sent, but the caller never hears so).
 */
export type SendFailure = 'transient' | 'permanent' | 'cut-off';

/** A send held on its way to the channel: `reached` once the caller is waiting on it, until released. */
export interface HeldSend {
  reached: Promise<void>;
  release(): void;
}

/** A notifier that keeps every message it accepts, and fails the sends it is told to. */
export class RecordingNotifier implements Notifier {
  /** Every message accepted, in order (a message cut off after acceptance included). */
  readonly sent: SentEmail[] = [];
  private readonly failures: SendFailure[] = [];
  private readonly holds: { arrive(): void; released: Promise<void> }[] = [];

  /** Makes the next `times` sends fail in this way (after any failures already queued). */
  failNext(failure: SendFailure, times = 1): void {
    for (let i = 0; i < times; i += 1) this.failures.push(failure);
  }

  /**
   * Holds the next send before it reaches the channel, until released: an attempt caught in the
   * middle, for another to run meanwhile. No timer is involved.
   */
  holdNext(): HeldSend {
    let arrive = () => {};
    let release = () => {};
    const reached = new Promise<void>((resolve) => (arrive = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.holds.push({ arrive, released });
    return { reached, release };
  }

  async send(message: EmailMessage): Promise<{ messageId: string }> {
    const hold = this.holds.shift();
    if (hold) {
      hold.arrive();
      await hold.released;
    }
    const failure = this.failures.shift();
    if (failure === 'transient') throw new TransientSendError('throttled: maximum sending rate exceeded');
    if (failure === 'permanent') throw new PermanentSendError('message rejected: address is not valid');
    const messageId = `message-${this.sent.length + 1}`;
    this.sent.push({ ...structuredClone(message), messageId });
    if (failure === 'cut-off') throw new Error('socket hang up: the connection was reset after sending');
    return { messageId };
  }

  /** The messages sent for one notice (by its `X-DIPP-Notice-Id` header). */
  sentFor(noticeId: string): SentEmail[] {
    return this.sent.filter((message) => message.headers['X-DIPP-Notice-Id'] === noticeId);
  }

  /** The notice id of every message sent, in order. */
  noticeIds(): string[] {
    return this.sent.map((message) => message.headers['X-DIPP-Notice-Id'] ?? '(no notice id)');
  }
}

/** A workflow driver that starts nothing: it records what it was asked to start and stop. */
export class RecordingDriver<Input extends Record<string, string>> implements WorkflowDriver<Input> {
  readonly starts: { input: Input; name: string }[] = [];
  readonly stops: { name: string; reason: string }[] = [];
  private failStarts = 0;

  /** Makes the next start fail, as a throttled or unreachable workflow service would (nothing started). */
  failNextStart(): void {
    this.failStarts += 1;
  }

  async start(input: Input, name: string): Promise<void> {
    if (this.failStarts > 0) {
      this.failStarts -= 1;
      throw new Error(`could not start ${name}: the workflow service is unavailable`);
    }
    this.starts.push({ input: { ...input }, name });
  }

  async stop(name: string, reason: string): Promise<void> {
    this.stops.push({ name, reason });
  }

  /** The drivers started and not stopped since. */
  running(): string[] {
    const stopped = new Set(this.stops.map((stop) => stop.name));
    return this.starts.map((start) => start.name).filter((name) => !stopped.has(name));
  }

  /** Forgets what was recorded, so a test can look at what one step does. */
  clear(): void {
    this.starts.length = 0;
    this.stops.length = 0;
  }
}

/** Deps whose doubles the test can reach: move the clock, fail a send, read what was started. */
export interface MemoryDeps extends Deps {
  clock: SettableClock;
  notifier: RecordingNotifier;
  driver: RecordingDriver<{ inspectionId: string }>;
  alertDriver: RecordingDriver<AlertKey>;
  /** The files, and the uploads a browser would post (one store, as one bucket holds both). */
  evidence: MemoryEvidenceStore;
  evidenceUploads: MemoryEvidenceStore;
  /** Every business event counted, in order. */
  metrics: MemoryMetrics;
}

export interface MemoryDepsOptions {
  /** Where the clock starts: by default Monday 4 January 2027, 09:00 UK time. */
  now?: string | Date;
  /** Environment variables for the configuration (its defaults otherwise). */
  env?: Record<string, string>;
}

/** Everything a use case needs, in memory: fresh stores and doubles for each call. */
export function memoryDeps(options: MemoryDepsOptions = {}): MemoryDeps {
  const evidence = new MemoryEvidenceStore();
  return {
    ...memoryStores(),
    evidence,
    evidenceUploads: evidence,
    clock: new SettableClock(options.now ?? '2027-01-04T09:00:00Z'),
    calendar: englandAndWalesCalendar(),
    config: loadConfig(options.env ?? {}),
    notifier: new RecordingNotifier(),
    driver: new RecordingDriver<{ inspectionId: string }>(),
    alertDriver: new RecordingDriver<AlertKey>(),
    metrics: new MemoryMetrics(),
  };
}

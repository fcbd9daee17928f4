import { Logger } from '@nestjs/common';
import * as Y from 'yjs';

export interface DocumentStoreOptions {
  /** Store this long after the last change… */
  debounceMs: number;
  /** …but at the latest this long after the first unstored one. */
  maxDebounceMs: number;
  /** A failed store is tried again after this, doubling up to `retryMaxMs`. */
  retryMs: number;
  retryMaxMs: number;
  /** A store that has not answered by then counts as failed (a connection hanging in a network partition). */
  timeoutMs: number;
}

export const DEFAULT_STORE_OPTIONS: DocumentStoreOptions = { debounceMs: 1000, maxDebounceMs: 2000, retryMs: 250, retryMaxMs: 4000, timeoutMs: 10_000 };

const within = <T>(work: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    timer.unref();
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });

interface Unstored {
  document: Y.Doc;
  /** Changes seen, and how many of them the last successful store held. */
  changes: number;
  since: number;
  failures: number;
  timer?: NodeJS.Timeout;
  running?: Promise<boolean>;
}

export interface DocumentStoreEvents {
  /** Storing a document started failing (false) or works again (true). */
  onStoredChanged?(name: string, stored: boolean): void;
  /** Everything of a document is stored. */
  onClean?(name: string): void;
}

/**
 * Knows which co-drafted documents have changes not yet in the database and
 * stores them: debounced after changes, now when asked, and again and again
 * (with a growing delay) when the database refuses — an outage delays a
 * store, it never drops one. Hocuspocus' own store debouncer is only a
 * trigger here: in 3.4.4 one failed store leaves it stuck for good.
 */
export class DocumentStore {
  private readonly unstored = new Map<string, Unstored>();
  private readonly logger = new Logger('Collab');

  constructor(
    private readonly persist: (name: string, state: Uint8Array) => Promise<void>,
    private readonly options: DocumentStoreOptions = DEFAULT_STORE_OPTIONS,
    private readonly events: DocumentStoreEvents = {},
  ) {}

  /** A document changed (by an editor here, or through another instance). */
  changed(name: string, document: Y.Doc): void {
    let entry = this.unstored.get(name);
    if (!entry) {
      entry = { document, changes: 0, since: Date.now(), failures: 0 };
      this.unstored.set(name, entry);
    }
    entry.document = document;
    entry.changes += 1;
    // A failing store keeps its retry timer; a running one looks at the count when it ends.
    if (entry.failures > 0 || entry.running) return;
    if (entry.timer) clearTimeout(entry.timer);
    const wait = Math.max(0, Math.min(this.options.debounceMs, entry.since + this.options.maxDebounceMs - Date.now()));
    entry.timer = setTimeout(() => void this.flush(name), wait).unref();
  }

  isUnstored(name: string): boolean {
    return this.unstored.has(name);
  }

  /** Storing this document fails at the moment. */
  isFailing(name: string): boolean {
    return (this.unstored.get(name)?.failures ?? 0) > 0;
  }

  unstoredNames(): string[] {
    return [...this.unstored.keys()];
  }

  /** Stores what is unstored now; true when everything of it is stored. A failure schedules the next try. */
  async flush(name: string): Promise<boolean> {
    const entry = this.unstored.get(name);
    if (!entry) return true;
    while (entry.running) await entry.running;
    if (this.unstored.get(name) !== entry) return true;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = undefined;
    entry.running = this.attempt(name, entry);
    try {
      return await entry.running;
    } finally {
      entry.running = undefined;
    }
  }

  /** Before shutdown: stores everything, trying until the deadline; returns what could not be stored. */
  async flushAll(deadline: number): Promise<string[]> {
    for (;;) {
      const names = this.unstoredNames();
      await within(Promise.all(names.map((name) => this.flush(name))), Math.max(1, deadline - Date.now())).catch(() => undefined);
      if (this.unstored.size === 0 || Date.now() >= deadline) return this.unstoredNames();
      await new Promise((resolve) => setTimeout(resolve, Math.min(this.options.retryMaxMs, Math.max(0, deadline - Date.now()))));
    }
  }

  /** Stops every timer (the caller stored what it could). */
  close(): void {
    for (const entry of this.unstored.values()) if (entry.timer) clearTimeout(entry.timer);
  }

  private async attempt(name: string, entry: Unstored): Promise<boolean> {
    const seen = entry.changes;
    try {
      // A late answer after the timeout does no harm: stores merge.
      await within(this.persist(name, Y.encodeStateAsUpdate(entry.document)), this.options.timeoutMs);
    } catch (error) {
      entry.failures += 1;
      const delay = Math.min(this.options.retryMaxMs, this.options.retryMs * 2 ** (entry.failures - 1));
      entry.timer = setTimeout(() => void this.flush(name), delay * (0.75 + Math.random() * 0.5)).unref();
      if (entry.failures === 1) {
        this.logger.warn(`${name}: could not store (${String((error as Error)?.message ?? error)}); trying again until it is stored`);
        this.events.onStoredChanged?.(name, false);
      }
      return false;
    }
    if (entry.failures > 0) {
      this.logger.log(`${name}: stored again after ${entry.failures} failed attempt(s)`);
      entry.failures = 0;
      this.events.onStoredChanged?.(name, true);
    }
    if (entry.changes !== seen) {
      // Changed while being written: the rest is stored on the usual schedule.
      entry.since = Date.now();
      entry.timer = setTimeout(() => void this.flush(name), this.options.debounceMs).unref();
      return false;
    }
    this.unstored.delete(name);
    this.events.onClean?.(name);
    return true;
  }
}

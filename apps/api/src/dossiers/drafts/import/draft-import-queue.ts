import { Injectable } from '@nestjs/common';
import { rateLimited } from '../../../common/errors';

/** Imports waiting behind the one running; each holds its upload (≤ 10 MB) while it waits. */
export const MAX_WAITING_IMPORTS = 4;

/**
 * Reads uploaded drafts one at a time on this instance: a Word draft may take
 * up to MAX_UNPACKED_XML_BYTES of XML and mammoth's tree of it, so two at once
 * would double the peak. Past MAX_WAITING_IMPORTS waiting, an upload is told
 * to retry (RATE_LIMITED, HTTP 429) instead of holding its file in memory.
 *
 * Hand-written rather than p-limit: the current p-limit is ESM-only (the API
 * builds to CommonJS), and the rule needed — one running, a bounded wait,
 * refuse past it — is these few lines.
 */
@Injectable()
export class DraftImportQueue {
  private busy = false;
  private readonly waiting: Array<() => void> = [];

  run<T>(read: () => Promise<T>): Promise<T> {
    if (this.busy && this.waiting.length >= MAX_WAITING_IMPORTS) {
      return Promise.reject(rateLimited('Several drafts are being imported right now. Try again in a minute.'));
    }
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.busy = true;
        Promise.resolve().then(read).then(resolve, reject).finally(() => this.next());
      };
      if (this.busy) this.waiting.push(start);
      else start();
    });
  }

  private next(): void {
    const start = this.waiting.shift();
    if (start) start();
    else this.busy = false;
  }
}

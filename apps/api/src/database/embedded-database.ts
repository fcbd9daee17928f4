import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** The pool's one connection, and room for one that is closing. */
const CONNECTIONS = 2;

export interface EmbeddedDatabaseOptions {
  /** Directory to persist to; in memory when absent. */
  dataDir?: string;
  /** A data dir dumped by `dump()`, to start from (tests clone one migrated template). */
  loadDataDir?: Blob;
  /** PGlite's compiled WebAssembly and file bundle, when the caller opens many (tests: once per worker, not per suite). */
  runtime?: EmbeddedRuntime;
}

export type EmbeddedRuntime = Required<Pick<PGliteOptions, 'pgliteWasmModule' | 'fsBundle'>>;

/** Compiles PGlite's WebAssembly and reads its file bundle, for `open({ runtime })`. */
export async function loadEmbeddedRuntime(): Promise<EmbeddedRuntime> {
  const dist = dirname(require.resolve('@electric-sql/pglite'));
  const [wasm, bundle] = await Promise.all([readFile(join(dist, 'pglite.wasm')), readFile(join(dist, 'pglite.data'))]);
  // Node's WebAssembly global (the API's TypeScript lib has no DOM types to name it).
  const { compile } = (globalThis as unknown as { WebAssembly: { compile(bytes: Buffer): Promise<EmbeddedRuntime['pgliteWasmModule']> } }).WebAssembly;
  return { pgliteWasmModule: await compile(wasm), fsBundle: new Blob([bundle]) };
}

/**
 * PostgreSQL in WASM (PGlite), served on a loopback port so that `pg` and
 * TypeORM speak to it exactly as to a real server. One connection at a time
 * (the app's pool has one), but a second may attach while one the pool has
 * just dropped is still closing: the server would otherwise answer the new
 * one "Too many connections" and `pg` report the database gone. Queries of
 * all connections run one by one, and an open transaction keeps the others'
 * waiting.
 */
export class EmbeddedDatabase {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
  ) {}

  static async open(options: EmbeddedDatabaseOptions = {}): Promise<EmbeddedDatabase> {
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    const db = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      extensions: { pgcrypto },
      ...options.runtime,
    });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: CONNECTIONS });
    await server.start();
    return new EmbeddedDatabase(db, server);
  }

  get url(): string {
    return `postgres://postgres:postgres@${this.server.getServerConn()}/postgres?sslmode=disable`;
  }

  dump(): Promise<Blob> {
    return this.db.dumpDataDir('none') as Promise<Blob>;
  }

  async close(): Promise<void> {
    await this.server.stop();
    await this.db.close();
  }
}

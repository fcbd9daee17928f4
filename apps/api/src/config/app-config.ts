import { resolve } from 'node:path';

export type AppEnv = 'development' | 'production' | 'test';

/** Everything the API reads from its environment, parsed once. */
export interface AppConfig {
  env: AppEnv;
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  /** Names the Redis streams and channels of this deployment: instances sharing it serve the same rooms. */
  redisPrefix: string;
  jwtSecret?: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  invitationTtlDays: number;
  /** Failed sign-ins for one account from one address before that pair is locked… */
  maxFailedSignIns: number;
  /** …for this long at first, doubling with each further failure. */
  lockoutMinutes: number;
  /** Failed sign-ins from one address, whatever the accounts, before each further one waits (2 s, doubling). */
  signInFailuresPerAddress: number;
  /** Failed sign-ins for one account, whatever the addresses, before each further one is slowed (1 s, doubling, at most 1 min). */
  signInFailuresPerAccount: number;
  webDistDir: string;
  seedDemo: boolean;
  /** Socket events: a burst, then so many per second, per socket. */
  socketEventBurst: number;
  socketEventsPerSecond: number;
  /** Bearer token for /metrics; without it, /metrics answers only on the loopback. */
  metricsToken?: string;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For names the client (sign-in limits by address, /metrics). */
  trustProxy: boolean | number | string;
  /** The first administrator: invited at start while the database has no administrator. */
  adminEmail?: string;
  adminName: string;
}

function int(value: string | undefined, fallback: number): number {
  const parsed = value === undefined || value === '' ? NaN : Number(value);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback;
}

/** `true`/`false`, a number of hops, or addresses and subnets (`loopback, 10.0.0.0/8`), as Express reads them. */
function trustProxy(value: string | undefined): boolean | number | string {
  if (!value) return 'loopback';
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const appEnv: AppEnv =
    env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const port = int(env.PORT, 3000);
  return {
    env: appEnv,
    port,
    host: env.HOST || '0.0.0.0',
    publicUrl: (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    dataDir: resolve(env.DATA_DIR || '.data'),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX || 'tripart',
    jwtSecret: env.JWT_SECRET || undefined,
    accessTokenTtlSeconds: int(env.ACCESS_TOKEN_TTL_SECONDS, 15 * 60),
    refreshTokenTtlDays: int(env.REFRESH_TOKEN_TTL_DAYS, 30),
    invitationTtlDays: 7,
    maxFailedSignIns: int(env.MAX_FAILED_SIGN_INS, 5),
    lockoutMinutes: int(env.LOCKOUT_MINUTES, 15),
    signInFailuresPerAddress: int(env.SIGN_IN_FAILURES_PER_ADDRESS, 20),
    signInFailuresPerAccount: int(env.SIGN_IN_FAILURES_PER_ACCOUNT, 50),
    webDistDir: resolve(env.WEB_DIST_DIR || 'dist/apps/web'),
    seedDemo: appEnv !== 'production' && env.SEED_DEMO !== 'false',
    socketEventBurst: int(env.SOCKET_EVENT_BURST, 20),
    socketEventsPerSecond: int(env.SOCKET_EVENTS_PER_SECOND, 10),
    metricsToken: env.METRICS_TOKEN || undefined,
    trustProxy: trustProxy(env.TRUST_PROXY),
    adminEmail: env.ADMIN_EMAIL?.trim().toLowerCase() || undefined,
    adminName: env.ADMIN_NAME?.trim() || 'Administrator',
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AppConfig } from '../config/app-config';

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
/** The Vite dev server (`npm run dev`), which proxies /graphql, /socket.io and /collab to the API. */
const DEV_SERVER_PORT = '4200';

/**
 * The browser origins the API answers for: PUBLIC_URL's; where PUBLIC_URL is
 * on the loopback, the same port under its other loopback names (a local
 * start opened as 127.0.0.1 rather than localhost); outside production, the
 * Vite dev server too.
 */
export function allowedOrigins(config: Pick<AppConfig, 'publicUrl' | 'env'>): ReadonlySet<string> {
  const publicUrl = new URL(config.publicUrl);
  const origins = new Set([publicUrl.origin]);
  const port = publicUrl.port ? `:${publicUrl.port}` : '';
  if (LOOPBACK.includes(publicUrl.hostname)) for (const host of LOOPBACK) origins.add(`${publicUrl.protocol}//${host}${port}`);
  if (config.env !== 'production') for (const host of LOOPBACK) origins.add(`http://${host}:${DEV_SERVER_PORT}`);
  return origins;
}

/**
 * Is a request with this `Origin` header ours? Browsers always send one on a
 * WebSocket and on a POST; a request without any comes from a script or a
 * server (tests, integrators), which no other site can make a browser send.
 */
export function isAllowedOrigin(origin: string | string[] | undefined, allowed: ReadonlySet<string>): boolean {
  if (origin === undefined) return true;
  return typeof origin === 'string' && allowed.has(origin.toLowerCase());
}

/** Turns away a WebSocket upgrade from another site's page (HTTP 403); true when it did. */
export function refuseForeignUpgrade(request: IncomingMessage, socket: Duplex, allowed: ReadonlySet<string>): boolean {
  if (isAllowedOrigin(request.headers.origin, allowed)) return false;
  socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  return true;
}

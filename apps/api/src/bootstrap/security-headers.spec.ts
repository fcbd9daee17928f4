import { io } from 'socket.io-client';
import WebSocket from 'ws';
import { buildSignedInUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const FOREIGN = 'https://evil.example';

describe('browser-facing headers and origins', () => {
  let t: TestApp;
  let token: string;
  let ours: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = (await buildSignedInUser(t)).token;
    ours = new URL(t.config.publicUrl).origin;
  });
  afterAll(() => t.close());

  it("limits connections to the app's own origin (connect-src 'self', WebSockets included)", async () => {
    const csp = (await fetch(`${t.url}/health`)).headers.get('content-security-policy') ?? '';
    expect(csp.split(';').map((part) => part.trim())).toContain("connect-src 'self'");
  });

  it('turns off camera, microphone, geolocation and the like with a Permissions-Policy', async () => {
    const policy = (await fetch(`${t.url}/health`)).headers.get('permissions-policy') ?? '';
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()']) expect(policy).toContain(feature);
  });

  function socketHandshake(origin?: string): Promise<'connected' | string> {
    const socket = io(t.url, {
      path: '/socket.io',
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
      extraHeaders: origin ? { origin } : {},
    });
    return new Promise((resolve) => {
      socket.on('connect', () => resolve('connected'));
      socket.on('connect_error', (error) => resolve(error.message));
    }).finally(() => socket.disconnect()) as Promise<string>;
  }

  it("refuses a Socket.IO connection from another site's page", async () => {
    expect(await socketHandshake(FOREIGN)).not.toBe('connected');
  });

  it('accepts Socket.IO from our own origin, and from a client that sends none', async () => {
    expect(await socketHandshake(ours)).toBe('connected');
    expect(await socketHandshake()).toBe('connected');
  });

  function collabUpgrade(origin?: string): Promise<number | 'open'> {
    const ws = new WebSocket(`${t.url.replace(/^http/, 'ws')}/collab`, origin ? { origin } : {});
    return new Promise<number | 'open'>((resolve) => {
      ws.on('open', () => resolve('open'));
      ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      ws.on('error', () => resolve(0));
    }).finally(() => ws.terminate());
  }

  it("refuses a /collab WebSocket from another site's page with 403", async () => {
    expect(await collabUpgrade(FOREIGN)).toBe(403);
  });

  it('opens /collab to our own origin, and to a client that sends none', async () => {
    expect(await collabUpgrade(ours)).toBe('open');
    expect(await collabUpgrade()).toBe('open');
  });
});

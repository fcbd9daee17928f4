import type { APIRequestContext } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import { DEMO_PASSWORD } from './demo';

/** GraphQL as a demo person, as an integrator would call it. */
export async function apiAs(request: APIRequestContext, email: string) {
  const call = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await request.post('/graphql', { data: { query, variables }, headers: token ? { authorization: `Bearer ${token}` } : {} });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const signedIn = await call('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }', { e: email, p: DEMO_PASSWORD });
  const token = signedIn.signIn.accessToken as string;
  return { token, gql: (query: string, variables: Record<string, unknown> = {}) => call(query, variables, token) };
}

/** A room client on the demo API, as the web's live page speaks to it. */
export async function roomClient(baseURL: string, token: string, sessionId: string, sockets: Socket[]) {
  const socket = io(baseURL, { auth: { token }, transports: ['websocket'], reconnection: false });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => socket.once('connect', () => resolve()).once('connect_error', reject));
  const send = async (event: string, payload: Record<string, unknown>) => {
    const reply = await socket.timeout(10_000).emitWithAck(event, payload);
    if (!reply.ok) throw new Error(`${event}: ${JSON.stringify(reply)}`);
  };
  await send('session:join', { sessionId });
  return send;
}

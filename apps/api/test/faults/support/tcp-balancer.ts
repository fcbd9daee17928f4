import { connect, createServer, type Server, type Socket } from 'node:net';

export interface TcpBalancer {
  url: string;
  /** Connections made so far, per backend port. */
  served: Map<number, number>;
  close(): Promise<void>;
}

/**
 * A load balancer as a deployment would have in front of the instances: each
 * new TCP connection goes to the next backend in turn, and to the following
 * one when that backend refuses (it is down). No stickiness: WebSocket
 * clients reconnect wherever they land.
 */
export async function startTcpBalancer(backends: () => number[]): Promise<TcpBalancer> {
  let next = 0;
  const served = new Map<number, number>();
  const open = new Set<Socket>();
  const route = (client: Socket, ports: number[], attempt: number) => {
    if (attempt >= ports.length) return client.destroy();
    const port = ports[(next + attempt) % ports.length];
    const upstream = connect(port, '127.0.0.1');
    let connected = false;
    open.add(upstream);
    upstream.once('connect', () => {
      connected = true;
      next = (next + attempt + 1) % ports.length;
      served.set(port, (served.get(port) ?? 0) + 1);
      client.pipe(upstream).pipe(client);
      client.resume();
    });
    upstream.once('error', () => {
      open.delete(upstream);
      if (!connected) return route(client, ports, attempt + 1);
      client.destroy();
    });
    upstream.once('close', () => {
      open.delete(upstream);
      if (connected) client.destroy();
    });
    client.once('close', () => upstream.destroy());
  };
  const server: Server = createServer({ pauseOnConnect: true }, (client) => {
    open.add(client);
    client.on('error', () => undefined);
    client.once('close', () => open.delete(client));
    route(client, backends(), 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise((resolve) => {
        open.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}

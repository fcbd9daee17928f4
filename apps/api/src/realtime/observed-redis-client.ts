/** What a Redis client's command answers: a promise, or (multi, duplicate, …) something that is not one. */
const isPromise = (value: unknown): value is Promise<unknown> => value instanceof Promise;

/**
 * The Redis client as the Socket.IO adapter is given it. The adapter sends
 * some commands without waiting for their answer: a connection's session for
 * recovery (SET, after every event here: SessionSnapshots) and the messages
 * nobody stores (PUBLISH: the server bus, fetchSockets). node-redis rejects
 * a command in flight when Redis goes away ("read ECONNRESET", "Socket
 * closed unexpectedly"), and a rejection nobody observes ends a Node process
 * by default — the instance, with every live connection on it: after a Redis
 * restart its participants found no server to reconnect to, and their next
 * action was never acknowledged.
 *
 * Here each command's promise is observed as it leaves: whoever awaits it
 * still gets the rejection; one nobody awaits only reports it (`failed`).
 * What it carried is not lost for good: the session is written again at the
 * next event or refresh, and a change that missed the other instance shows
 * there as a `seq` gap, which clients fill by reading the state again.
 * Clients the adapter duplicates from it (its stream reader, its
 * subscriber) are observed as well.
 */
export function observedRedisClient<C extends object>(client: C, failed: (command: string, error: unknown) => void): C {
  return new Proxy(client, {
    get(target, property) {
      // The target as `this`, never the proxy: node-redis reads its private fields in its getters and methods.
      const value: unknown = Reflect.get(target, property);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (property === 'duplicate' && result && typeof result === 'object') return observedRedisClient(result, failed);
        if (isPromise(result)) result.catch((error: unknown) => failed(String(property), error));
        return result;
      };
    },
  });
}

// Preloaded (`node -r`) into the Socket.IO servers bench:room starts, the API's and the baseline's alike.
// Records when each `session:changed` broadcast is handed to Socket.IO — in the API that is right after the
// change's transaction committed (LiveRoom.change emits once `dataSource.transaction` resolves) — as
// `[seq, wall-clock ms]` in globalThis.__benchProbe.times, read (and reset) by the benchmark through the
// inspector. Broadcasts relayed from another instance through Redis do not pass here: only the instance where
// the change was committed records it. Also counts the SQL statements the process sends (every `pg` query,
// TypeORM's included) in globalThis.__benchProbe.statements. Costs one array push per broadcast and one
// increment per statement; changes nothing else.
const { dirname, join } = require('node:path');

const file = join(dirname(require.resolve('socket.io', { paths: [process.cwd()] })), 'broadcast-operator.js');
const { BroadcastOperator } = require(file); // the module instance the server itself uses (same resolved path)
const probe = (globalThis.__benchProbe = { times: [], statements: 0 });
const emit = BroadcastOperator.prototype.emit;
BroadcastOperator.prototype.emit = function (event, ...args) {
  if (event === 'session:changed') probe.times.push([args[0]?.seq, performance.timeOrigin + performance.now()]);
  return emit.call(this, event, ...args);
};

let pg = null;
try {
  pg = require(require.resolve('pg', { paths: [process.cwd()] }));
} catch {
  /* a process without PostgreSQL (the bare baseline) */
}
if (pg) {
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (...args) {
    probe.statements += 1;
    return query.apply(this, args);
  };
}

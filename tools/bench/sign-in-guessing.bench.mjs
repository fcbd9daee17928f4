// How fast can one client guess passwords? Against a running API on this machine (BENCH_URL, default
// http://127.0.0.1:3000, demo data seeded), from one address, as fast as answers come, for SECONDS each:
//   1. one account (the facilitator's),  2. spraying: a new account each guess (demo accounts and made-up emails),
//   3. a batch: 300 aliased signIn in one request.
// Prints password checks made (UNAUTHENTICATED answers) and refusals (RATE_LIMITED), per minute.
// Run: npm start (another shell), then  node tools/bench/sign-in-guessing.bench.mjs
const url = process.env.BENCH_URL ?? 'http://127.0.0.1:3000';
if (!/^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(url)) throw new Error('BENCH_URL must be on the loopback');
const seconds = Number(process.env.SECONDS_PER_CASE ?? 60);
const SIGN_IN = 'mutation($e:String!,$p:String!){signIn(email:$e,password:$p){accessToken}}';

async function guess(email, i) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_IN, variables: { e: email, p: `guess number ${i}` } }),
  });
  const body = await response.json();
  return body.errors?.[0]?.extensions?.code ?? 'OK';
}

async function run(label, emailFor) {
  const counts = {};
  const started = Date.now();
  let i = 0;
  // Eight requests in flight at a time: one client, not a botnet.
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (Date.now() - started < seconds * 1000 && i < 200_000) {
      const code = await guess(emailFor(i), i++);
      counts[code] = (counts[code] ?? 0) + 1;
    }
  }));
  const minutes = (Date.now() - started) / 60_000;
  const checked = counts.UNAUTHENTICATED ?? 0;
  console.log(`${label}: ${i} requests in ${(minutes * 60).toFixed(0)} s; passwords checked ${checked} (${(checked / minutes).toFixed(1)}/min); refused RATE_LIMITED ${counts.RATE_LIMITED ?? 0}; other ${JSON.stringify(counts)}`);
}

const demo = ['admin', 'facilitator', 'gov.lead', 'gov.member', 'emp.lead', 'emp.member', 'wrk.lead', 'wrk.member', 'observer'].map((name) => `${name}@tripart.example`);
await run('one account', () => 'facilitator@tripart.example');
await run('spraying accounts', (i) => (i < demo.length ? demo[i] : `person${i}@example.org`));

const aliases = Array.from({ length: 300 }, (_, i) => `g${i}: signIn(email: "observer@tripart.example", password: "batch ${i}") { accessToken }`).join(' ');
const batch = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `mutation { ${aliases} }` }) });
const answer = await batch.json();
console.log(`one request of 300 aliased signIn: HTTP ${batch.status}, ${answer.errors?.length ?? 0} error(s), code ${answer.errors?.[0]?.extensions?.code}, data ${JSON.stringify(answer.data ?? null).slice(0, 40)}`);

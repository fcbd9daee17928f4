/**
 * jest-light-runner runs a test or hook for as long as it takes; Jest's own runner stops it after `testTimeout`
 * (or the time given as the last argument). This gives the light runner's globals the same deadlines, so a hung
 * test fails with a clear message instead of holding the run forever.
 */
const DEFAULT_MS = 60_000;

const withDeadline = (fn, ms = DEFAULT_MS, what = 'a test') => {
  if (typeof fn !== 'function') return fn;
  return function (...args) {
    let timer;
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Exceeded timeout of ${ms} ms for ${what}.`)), ms);
    });
    return Promise.race([Promise.resolve().then(() => fn.apply(this, args)), deadline]).finally(() => clearTimeout(timer));
  };
};

const timed = (original, what) => {
  const wrapped = (name, fn, ms) => original(name, withDeadline(fn, ms, what), ms);
  wrapped.only = (name, fn, ms) => original.only(name, withDeadline(fn, ms, what), ms);
  wrapped.skip = original.skip;
  wrapped.todo = original.todo;
  wrapped.each = (...table) => (name, fn, ms) => original.each(...table)(name, withDeadline(fn, ms, what), ms);
  return wrapped;
};

const hook = (original, name) => (fn, ms) => original(withDeadline(fn, ms, `a "${name}" hook`), ms);

for (const name of ['test', 'it']) globalThis[name] = timed(globalThis[name], 'a test');
globalThis.fit = globalThis.it.only;
for (const name of ['beforeAll', 'afterAll', 'beforeEach', 'afterEach']) globalThis[name] = hook(globalThis[name], name);

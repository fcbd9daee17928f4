import fc from 'fast-check';
import type { TestApp } from '../test-app';

/** Cases per suite, scaled by FUZZ_RUNS (a factor; 1 is what CI runs). */
export const runs = (base: number): number => Math.max(1, Math.round(base * Number(process.env.FUZZ_RUNS ?? 1)));

/**
 * fast-check's settings for every suite. The seed is fixed unless FUZZ_SEED
 * says otherwise (a number to replay a run, `random` to explore): CI answers
 * the same for the same code.
 */
const SEED = process.env.FUZZ_SEED === 'random' ? undefined : Number(process.env.FUZZ_SEED ?? 20_261_201);

export const fuzzParameters = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  ...(SEED === undefined ? {} : { seed: SEED }),
  endOnFailure: true,
  verbose: fc.VerbosityLevel.None,
});

/** Strings that have broken servers: empty, NUL, markup, SQL, lone surrogates, bidi, very long. */
export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\uD800', '\u202Eevil', '<script>alert(1)</script>', "'; DROP TABLE comment; --", '%00', '../../etc/passwd', '𝄞é', '\r\n', '{"a":1}', 'NaN', '-1'),
    },
    { weight: 1, arbitrary: fc.string({ minLength: 300, maxLength: 6_000 }) },
  );

/**
 * A signature of what is stored: per table its row count and latest
 * `updated_at`, and every session's sequence number (each live change bumps
 * it); sign-in throttling aside (a refused sign-in counts by design). A
 * rejected input must leave it as it was.
 */
export async function storedSignature(t: TestApp): Promise<string> {
  tableQuery ??= signatureQuery(t);
  const rows: Array<{ name: string; n: string }> = await t.dataSource.query(await tableQuery);
  return rows.map(({ name, n }) => `${name}=${n}`).sort().join(',');
}

let tableQuery: Promise<string> | undefined;

async function signatureQuery(t: TestApp): Promise<string> {
  const tables: Array<{ name: string; updated: boolean }> = await t.dataSource.query(
    `SELECT table_name AS name, bool_or(column_name = 'updated_at') AS updated FROM information_schema.columns WHERE table_schema = 'public'
       AND table_name NOT IN ('migrations', 'typeorm_metadata') AND table_name NOT LIKE '%throttle%' AND table_name NOT LIKE 'sign_in%' GROUP BY 1 ORDER BY 1`,
  );
  const parts = tables.map(({ name, updated }) => `SELECT '${name}' AS name, count(*)::text${updated ? ` || '@' || coalesce(max(updated_at)::text, '')` : ''} AS n FROM "${name}"`);
  parts.push(`SELECT 'session_seq' AS name, coalesce(string_agg(seq::text, '.' ORDER BY id), '') AS n FROM consultation_session`);
  return parts.join(' UNION ALL ');
}

/** The server still answers: /health is 200. */
export async function expectHealthy(t: TestApp): Promise<void> {
  const response = await fetch(`${t.url}/health`);
  if (response.status !== 200) throw new Error(`/health answered ${response.status}: ${await response.text()}`);
}

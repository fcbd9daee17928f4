import type { SelectQueryBuilder } from 'typeorm';

/** Stand-ins for a statement's own values while its text is made: strings no caller can send (a NUL byte). */
type StandIns<K extends string> = Record<K, string>;

/** At most this many statement texts kept (one per filter shape and standing; the oldest goes first). */
const KEPT = 500;

/**
 * The reader's statements, made once by TypeORM's query builder and kept as
 * text: building one costs more CPU than its round trip on a hot read (a
 * provision's threads, bench:reader). A text is kept per `shape` — the
 * filter's form and the whole standing it was made for — so the visibility
 * rule (`access/comment-visibility.ts`, applied by `build`) runs exactly as
 * it would per call: the rule is a function of the standing, so a standing
 * seen before gives the same SQL and the same parameters of its own (the
 * reader's delegation), kept with the text. The caller's values (`K`: ids,
 * flags) are made with stand-ins and put in their place at each call.
 */
export class ReaderStatements<K extends string> {
  private readonly kept = new Map<string, { sql: string; fill: Array<{ key: K } | { value: unknown }> }>();

  constructor(private readonly keys: readonly K[]) {}

  /** The SQL and parameters for `values`; `wrap` may set the text inside a larger statement (its `$n` untouched). */
  of(shape: string, values: Record<K, unknown>, build: (standIns: StandIns<K>) => SelectQueryBuilder<object>, wrap: (sql: string) => string = (sql) => sql): [string, unknown[]] {
    let made = this.kept.get(shape);
    if (!made) {
      const standIns = Object.fromEntries(this.keys.map((key) => [key, `\u0000${key}`])) as StandIns<K>;
      const byStandIn = new Map<unknown, K>(this.keys.map((key) => [standIns[key], key]));
      const [sql, parameters] = build(standIns).getQueryAndParameters();
      made = { sql: wrap(sql), fill: parameters.map((value) => (byStandIn.has(value) ? { key: byStandIn.get(value)! } : { value })) };
      if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value!);
      this.kept.set(shape, made);
    }
    return [made.sql, made.fill.map((slot) => ('key' in slot ? values[slot.key] : slot.value))];
  }
}

/**
 * The visible comments (`visibleSql`, aliased `c`) with their authors, in
 * the same statement: each author's name and first organization (as
 * `people-directory`'s `authorsOf` gives them), read once per author rather
 * than per comment; with `mentions`, whom each comment names with @ (by
 * name), read for those comments only. Oldest first; comments written in the
 * same instant by id, so that the order is the same every time.
 */
export function withAuthors(visibleSql: string, { mentions }: { mentions: boolean }): string {
  return `WITH c AS (${visibleSql}),
    a AS (SELECT u.id, u.display_name,
                 (SELECT o.name FROM membership m JOIN organization o ON o.id = m.organization_id
                   WHERE m.user_id = u.id ORDER BY m.created_at LIMIT 1) AS organization
            FROM app_user u WHERE u.id IN (SELECT "authorId" FROM c))${
      mentions
        ? `,
    n AS (SELECT cm.comment_id, json_agg(json_build_object('id', u.id, 'displayName', u.display_name) ORDER BY u.display_name) AS people
            FROM comment_mention cm JOIN app_user u ON u.id = cm.user_id WHERE cm.comment_id IN (SELECT id FROM c) GROUP BY cm.comment_id)`
        : ''
    }
    SELECT c.*, a.display_name AS "authorName", a.organization AS "authorOrganization"${mentions ? ', n.people AS "mentioned"' : ''}
      FROM c LEFT JOIN a ON a.id = c."authorId"${mentions ? ' LEFT JOIN n ON n.comment_id = c.id' : ''}
     ORDER BY c."createdAt", c.id`;
}

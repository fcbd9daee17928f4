// The reader's baseline server for bench:reader: the same rows by hand-written SQL (pg), shaped into the same
// JSON answers as the API's GraphQL queries (reader.bench.mjs checks they are equal), served by plain node:http.
// No framework, no GraphQL, no sign-in:
// what the answer costs at the least. Usage: node bare-reader.server.mjs (PORT, DATABASE_URL).
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const VISIBLE = `(c.visibility = 'PLENARY' OR (c.visibility = 'DELEGATION' AND c.delegation_id = $2))`;

/** Authors as the answer shows them: name, first organization; the side is the comment's (the delegation it was written for). */
async function authorsOf(comments) {
  const ids = [...new Set(comments.map((c) => c.author_id))];
  const { rows } = await pool.query(
    `SELECT u.id, u.display_name,
            (SELECT o.name FROM membership m JOIN organization o ON o.id = m.organization_id WHERE m.user_id = u.id ORDER BY m.created_at LIMIT 1) AS organization
       FROM app_user u WHERE u.id = ANY($1)`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, { displayName: r.display_name, organizationName: r.organization }]));
}

/** Threads per provision: first comments with their replies, oldest first (a reply may come before its thread's first comment: same instant); counts of comments not deleted. */
function threadsOf(comments, authors) {
  const byProvision = new Map();
  const counts = new Map();
  const roots = new Map();
  const replies = [];
  for (const c of comments) {
    const person = authors.get(c.author_id);
    const author = { displayName: person.displayName, organizationName: person.organizationName, constituency: c.constituency };
    if (!c.deleted_at) counts.set(c.provision_id, (counts.get(c.provision_id) ?? 0) + 1);
    if (c.parent_id) {
      replies.push([c, author]);
      continue;
    }
    const thread = { id: c.id, body: c.deleted_at ? null : c.body, visibility: c.visibility, createdAt: c.created_at, resolvedAt: c.resolved_at, author, replies: [] };
    roots.set(c.id, thread);
    const list = byProvision.get(c.provision_id);
    if (list) list.push(thread);
    else byProvision.set(c.provision_id, [thread]);
  }
  for (const [c, author] of replies) {
    roots.get(c.parent_id)?.replies.push({ id: c.id, body: c.deleted_at ? null : c.body, createdAt: c.created_at, author: { displayName: author.displayName, constituency: author.constituency } });
  }
  return { byProvision, counts };
}

/** Whom each comment names with @, by name (none for a deleted one): one statement. */
async function mentionsOf(comments) {
  const { rows } = await pool.query(
    'SELECT cm.comment_id, u.id, u.display_name FROM comment_mention cm JOIN app_user u ON u.id = cm.user_id WHERE cm.comment_id = ANY($1) ORDER BY u.display_name',
    [comments.filter((c) => !c.deleted_at).map((c) => c.id)],
  );
  const byComment = new Map();
  for (const r of rows) {
    const person = { __typename: 'MentionedPerson', id: r.id, displayName: r.display_name };
    const list = byComment.get(r.comment_id);
    if (list) list.push(person);
    else byComment.set(r.comment_id, [person]);
  }
  return byComment;
}

/**
 * Threads as the web app's ProvisionThreads asks for them (its CommentFields, with Apollo Client's __typename):
 * every column a card shows, the quote, whom it mentions, and what the reader may do (as access/comment-permissions.ts decides).
 */
function webThreadsOf(comments, authors, mentions, { user, delegation, role, lead }) {
  const roots = new Map();
  const threads = [];
  const replies = [];
  let count = 0;
  for (const c of comments) {
    const person = authors.get(c.author_id);
    const live = !c.deleted_at;
    const own = c.author_id === user;
    const facilitator = role === 'FACILITATOR';
    if (live) count += 1;
    const view = {
      __typename: 'Comment', id: c.id, provisionId: c.provision_id, parentId: c.parent_id, visibility: c.visibility,
      body: live ? c.body : null, suggestedText: live ? c.suggested_text : null,
      createdAt: c.created_at, editedAt: c.edited_at, deletedAt: c.deleted_at, resolvedAt: c.resolved_at, onPreviousVersion: c.on_previous_version,
      canEdit: live && own,
      canDelete: live && (own || (facilitator && c.visibility === 'PLENARY')),
      canResolve: live && !c.parent_id && (own || (lead === 'true' && Boolean(delegation) && delegation === c.delegation_id) || facilitator),
      quote: live && c.quote_exact ? { __typename: 'TextQuote', exact: c.quote_exact, prefix: c.quote_prefix ?? '', suffix: c.quote_suffix ?? '' } : null,
      author: { __typename: 'CommentAuthor', id: c.author_id, displayName: person.displayName, organizationName: person.organizationName, constituency: c.constituency },
      mentions: live ? (mentions.get(c.id) ?? []) : [],
    };
    if (c.parent_id) {
      replies.push(view);
      continue;
    }
    view.replies = [];
    roots.set(c.id, view);
    threads.push(view);
  }
  // A reply may come before its thread's first comment (same instant): placed once every thread is known.
  for (const reply of replies) roots.get(reply.parentId)?.replies.push(reply);
  return { threads, count };
}
const WEB_COMMENT_COLUMNS = `c.id, c.provision_id, c.parent_id, c.body, c.visibility, c.quote_exact, c.quote_prefix, c.quote_suffix, c.suggested_text,
  c.created_at, c.edited_at, c.deleted_at, c.resolved_at, c.on_previous_version, c.author_id, c.delegation_id, d.constituency`;

const COMMENT_COLUMNS = 'c.id, c.provision_id, c.parent_id, c.body, c.visibility, c.created_at, c.resolved_at, c.deleted_at, c.author_id, d.constituency';
const COMMENTS = 'comment c LEFT JOIN delegation d ON d.id = c.delegation_id';

const answers = {
  /** The whole tree: the dossier's current draft, its provisions with counts and threads. */
  async reader({ dossier, delegation }) {
    const { rows: [draft] } = await pool.query('SELECT id, version FROM draft WHERE dossier_id = $1 ORDER BY version DESC LIMIT 1', [dossier]);
    const [provisions, comments] = await Promise.all([
      pool.query('SELECT id, key, kind, number, heading, text FROM provision WHERE draft_id = $1 ORDER BY position', [draft.id]),
      pool.query(`SELECT ${COMMENT_COLUMNS} FROM ${COMMENTS} JOIN provision p ON p.id = c.provision_id WHERE p.draft_id = $1 AND ${VISIBLE} ORDER BY c.created_at, c.id`, [draft.id, delegation]),
    ]);
    const { byProvision, counts } = threadsOf(comments.rows, await authorsOf(comments.rows));
    return { dossier: { currentDraft: { id: draft.id, version: draft.version, provisions: provisions.rows.map((p) => ({ ...p, commentCount: counts.get(p.id) ?? 0, comments: byProvision.get(p.id) ?? [] })) } } };
  },
  /** The web reader's first request (DraftText): every provision's text and marks, counts, word diff and convention links. */
  async text({ draft, delegation }) {
    const [draftRow, provisions, counts, links, summary] = await Promise.all([
      pool.query('SELECT id, version, title, source_format, source_filename, language, created_at FROM draft WHERE id = $1', [draft]),
      pool.query(`SELECT id, key, kind, number, heading, text, marks, notes, position, depth, parent_id, previous_id, matched_by, word_diff FROM provision WHERE draft_id = $1 ORDER BY position`, [draft]),
      pool.query(`SELECT c.provision_id, count(*)::int AS n FROM comment c JOIN provision p ON p.id = c.provision_id WHERE p.draft_id = $1 AND c.deleted_at IS NULL AND ${VISIBLE} GROUP BY c.provision_id`, [draft, delegation]),
      pool.query('SELECT l.id, l.provision_id, l.convention_code, l.article, l.gap_note, l.needs_review FROM convention_link l JOIN provision p ON p.id = l.provision_id WHERE p.draft_id = $1 ORDER BY l.convention_code, l.article', [draft]),
      // Against the previous version: articles added, removed, changed and unchanged (whitespace aside).
      pool.query(
        `WITH cur AS (SELECT id, version, dossier_id FROM draft WHERE id = $1)
         SELECT count(*) FILTER (WHERE p.previous_id IS NULL)::int AS added,
                count(*) FILTER (WHERE q.id IS NOT NULL AND regexp_replace(p.text, '\\s+', ' ', 'g') <> regexp_replace(q.text, '\\s+', ' ', 'g'))::int AS changed,
                count(*) FILTER (WHERE q.id IS NOT NULL AND regexp_replace(p.text, '\\s+', ' ', 'g') = regexp_replace(q.text, '\\s+', ' ', 'g'))::int AS unchanged,
                (SELECT count(*)::int FROM provision r JOIN draft rd ON rd.id = r.draft_id JOIN cur ON rd.dossier_id = cur.dossier_id AND rd.version = cur.version - 1
                  WHERE r.kind = 'ARTICLE' AND NOT EXISTS (SELECT 1 FROM provision n WHERE n.draft_id = $1 AND n.previous_id = r.id)) AS removed,
                (SELECT version FROM cur) AS version
           FROM provision p LEFT JOIN provision q ON q.id = p.previous_id WHERE p.draft_id = $1 AND p.kind = 'ARTICLE'`,
        [draft],
      ),
    ]);
    const n = new Map(counts.rows.map((r) => [r.provision_id, r.n]));
    const linksOf = new Map();
    for (const l of links.rows) linksOf.set(l.provision_id, [...(linksOf.get(l.provision_id) ?? []), { id: l.id, provisionId: l.provision_id, conventionCode: l.convention_code, article: l.article, gapNote: l.gap_note, needsReview: l.needs_review }]);
    const d = draftRow.rows[0];
    const { version, ...changeSummary } = summary.rows[0];
    return {
      draft: {
        id: d.id, version: d.version, title: d.title, sourceFormat: d.source_format, sourceFilename: d.source_filename, language: d.language, createdAt: d.created_at,
        changeSummary: version === 1 ? null : changeSummary,
        provisions: provisions.rows.map((p) => ({
          id: p.id, key: p.key, kind: p.kind, number: p.number, heading: p.heading, text: p.text,
          marks: p.marks.map((m) => ({ kind: m.kind, start: m.start, end: m.end, target: m.target ?? null })), notes: p.notes, position: p.position, depth: p.depth,
          parentId: p.parent_id, previousId: p.previous_id, matchedBy: p.matched_by, commentCount: n.get(p.id) ?? 0,
          diff: p.previous_id ? p.word_diff : null, conventionLinks: linksOf.get(p.id) ?? [],
        })),
      },
    };
  },
  /** One provision's threads, as the web's ProvisionThreads asks (what a live event costs each open reader). */
  async threads({ provision, ...standing }) {
    const { rows } = await pool.query(`SELECT ${WEB_COMMENT_COLUMNS} FROM ${COMMENTS} WHERE c.provision_id = $1 AND ${VISIBLE} ORDER BY c.created_at, c.id`, [provision, standing.delegation]);
    const [authors, mentions] = await Promise.all([authorsOf(rows), mentionsOf(rows)]);
    const { threads, count } = webThreadsOf(rows, authors, mentions, standing);
    return { provisions: [{ __typename: 'Provision', id: provision, commentCount: count, comments: threads }] };
  },
};

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/health') return response.end('ok');
  const answer = answers[url.pathname.slice(1)];
  if (!answer) {
    response.statusCode = 404;
    return response.end();
  }
  try {
    const body = JSON.stringify({ data: await answer(Object.fromEntries(url.searchParams)) });
    response.setHeader('content-type', 'application/json');
    response.end(body);
  } catch (error) {
    response.statusCode = 500;
    response.end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));

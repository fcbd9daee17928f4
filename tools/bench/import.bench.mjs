// npm run bench:import — what a facilitator waits for when importing a draft: the preview (the
// structure Tripart found) and the import (committed, matched, stored), over HTTP as the web app
// uploads, for the largest stored Akoma Ntoso fixture, a real constitution's chapter and a
// 1,270-provision text draft. Baseline in the same run: parsing the same XML with the XML parser
// alone (fast-xml-parser with the importer's options), no HTTP, no database.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { apiMain, buildWhatIsNotBuilt, root } from '../scripts/built.mjs';
import { startChild } from './support/children.mjs';
import { graphql } from './support/graphql.mjs';
import { largeDraftText, LARGE_DRAFT } from './support/large-draft.mjs';
import { apiEnvironment, cleanupRegistry, freshStack } from './support/stack.mjs';

const PREVIEWS = Number(process.env.BENCH_PREVIEWS ?? 15);
const IMPORTS = Number(process.env.BENCH_IMPORTS ?? 5);
const fixture = (name) => readFileSync(join(root, 'apps/api/test/fixtures', name));
const FILES = [
  { label: 'Swiss SR 172.010.1, AKN 3.0 (largest stored fixture)', name: 'act.akn.xml', bytes: fixture('ch-sr-172.010.1.akn.xml'), xml: true },
  { label: 'South African Constitution, sections 1–12, AKN 3.0', name: 'constitution.akn.xml', bytes: fixture('drafts/za-constitution-1996-s1-12.akn.xml'), xml: true },
  { label: `Labour code bill, plain text (${LARGE_DRAFT.provisions.toLocaleString('en')} provisions)`, name: 'labour-code.txt', bytes: Buffer.from(largeDraftText()), xml: false },
];
// As the importer reads XML (apps/api/src/dossiers/drafts/import/xml-tree.ts).
const bareParser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, processEntities: false, htmlEntities: false, trimValues: false });

const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const p90 = (samples) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(samples.length * 0.9))];

async function upload(url, token, dossierId, file, preview) {
  const form = new FormData();
  form.append('file', new Blob([file.bytes]), file.name);
  const started = performance.now();
  const response = await fetch(`${url}/api/dossiers/${dossierId}/drafts${preview ? '?preview=true' : ''}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const body = await response.json();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`${file.name}: ${JSON.stringify(body)}`);
  return { ms, body };
}

const CREATE = 'mutation($input: CreateDossierInput!) { createDossier(input: $input) { id } }';
const { steps, cleanup } = cleanupRegistry();
try {
  buildWhatIsNotBuilt({ web: false });
  const stamp = Date.now();
  const dbUrl = await freshStack({ database: `tripart_bench_import_${stamp}`, prefix: `bench-import-${stamp}` }, steps);
  const api = await startChild('API', [apiMain], { ...apiEnvironment({ dbUrl, prefix: `bench-import-${stamp}`, stamp }), SEED_DEMO: 'true' }, '/health', steps);
  const { gql, signIn } = graphql(api.url);
  const token = await signIn('facilitator@tripart.example');
  const newDossier = async () => (await gql(CREATE, { input: { title: `Import bench ${randomUUID().slice(0, 8)}`, countryCode: 'XV', conventionCodes: [] } }, token)).createDossier.id;

  const rows = [];
  for (const file of FILES) {
    const dossierId = await newDossier();
    await upload(api.url, token, dossierId, file, true); // warm-up: compiled paths, the parser's first run
    const previews = [];
    let found;
    for (let i = 0; i < PREVIEWS; i += 1) {
      const { ms, body } = await upload(api.url, token, dossierId, file, true);
      previews.push(ms);
      found = body;
    }
    const imports = [];
    for (let i = 0; i < IMPORTS; i += 1) imports.push((await upload(api.url, token, await newDossier(), file, false)).ms);
    let bare = null;
    if (file.xml) {
      const text = file.bytes.toString('utf8');
      bareParser.parse(text);
      const parses = [];
      for (let i = 0; i < PREVIEWS; i += 1) {
        const started = performance.now();
        bareParser.parse(text);
        parses.push(performance.now() - started);
      }
      bare = median(parses);
    }
    rows.push({ file, found, preview: median(previews), previewP90: p90(previews), importMs: median(imports), importP90: p90(imports), bare });
  }

  console.log(`\nbench:import — ${PREVIEWS} previews and ${IMPORTS} imports per file (median / p90 ms, over HTTP as the web app uploads), API on PostgreSQL`);
  console.log('| file | KB | units / provisions | preview p50 / p90 ms | import p50 / p90 ms | XML parser alone p50 ms | preview × parser |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    const ratio = row.bare ? `${(row.preview / row.bare).toFixed(1)} ×` : '—';
    console.log(`| ${row.file.label} | ${(row.file.bytes.length / 1024).toFixed(0)} | ${row.found.articleCount} / ${row.found.provisionCount} | ${row.preview.toFixed(1)} / ${row.previewP90.toFixed(1)} | ${row.importMs.toFixed(1)} / ${row.importP90.toFixed(1)} | ${row.bare ? row.bare.toFixed(1) : '—'} | ${ratio} |`);
  }
  if (api.problems.length) console.log(`\nAPI printed: ${api.problems.slice(0, 5).join(' | ')}`);
} finally {
  await cleanup();
}

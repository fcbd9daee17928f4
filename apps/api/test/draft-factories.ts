import { buildDossierWithCast } from './dossier-factories';
import type { TestApp } from './test-app';

export const SAMPLE_DRAFT = `Draft Labour Code Amendment

Chapter I - General provisions

Article 1 - Scope
1. This Act applies to all workers and employers in the country.
2. It applies to the public sector unless a special law provides otherwise.

Article 2 - Freedom of association
Workers and employers have the right to establish and join organizations of their own choosing without previous authorization.

Chapter II - Collective bargaining

Article 3 - Collective agreements
Collective agreements bind the parties that signed them for a period of three years.
`;

/** Uploads a draft file as the web app does: multipart, bearer token. */
export async function uploadDraft(t: TestApp, token: string, dossierId: string, content: string | Buffer, filename = 'draft.txt', preview = false) {
  const form = new FormData();
  form.append('file', new Blob([content]), filename);
  const response = await fetch(`${t.url}/api/dossiers/${dossierId}/drafts${preview ? '?preview=true' : ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

export const READER = `query($id: ID!) { dossier(id: $id) { currentDraft { id version changeSummary { added removed changed unchanged }
  provisions { id key kind number heading text commentCount diff { op text }
    comments { id body visibility author { displayName constituency } replies { id body } } } } } }`;

/** The current draft's provisions, as one person sees them. */
export async function readDraft(t: TestApp, token: string, dossierId: string) {
  const result = await t.gql(READER, { id: dossierId }, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.dossier.currentDraft as { id: string; version: number; changeSummary: Record<string, number> | null; provisions: Array<Record<string, any>> };
}

/** A dossier with its cast and SAMPLE_DRAFT imported; `provision('Article 3')` is that article's id. */
export async function buildDraftedDossier(t: TestApp) {
  const cast = await buildDossierWithCast(t);
  await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
  const provisions = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions;
  const provision = (number: string): string => provisions.find((p) => p.number === number)!.id;
  return { cast, provisions, provision };
}

import { validateAkn } from '../../test/akn-schema';
import { AGREED_WORDS, buildAgreedDossier, PRIVATE_WORDS } from '../../test/record-factories';
import { useTestApp } from '../../test/use-test-app';

/** The agreed text downloaded over HTTP as seated people get it: a session held over sockets, its outcomes recorded. */
describe('exporting the agreed text', () => {
  const t = useTestApp();
  let world: Awaited<ReturnType<typeof buildAgreedDossier>>;

  beforeAll(async () => {
    world = await buildAgreedDossier(t);
  });

  const download = (token: string, query = 'format=akn', dossierId = world.cast.dossierId) =>
    fetch(`${t.url}/api/dossiers/${dossierId}/agreed-text?${query}`, { headers: { authorization: `Bearer ${token}` } });
  const exported = async () => (await t.dataSource.query(`SELECT actor_id, data FROM audit_event WHERE action = 'agreed-text.exported' AND dossier_id = $1 ORDER BY seq`, [world.cast.dossierId])) as Array<{ actor_id: string; data: Record<string, unknown> }>;

  it('is an Akoma Ntoso bill valid against the OASIS schema', async () => {
    const response = await download(world.cast.observer.token);
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'application/akn+xml; charset=utf-8']);
    const xml = await response.text();
    expect((await validateAkn(xml)).errors).toEqual([]);
    expect(xml).toContain('<bill name="agreedText">');
  });

  it('names every provision of the newest draft by its eId', async () => {
    const xml = await (await download(world.cast.employers.member.token)).text();
    const eIds = [...xml.matchAll(/<(?:chapter|article|paragraph) eId="([^"]+)"/g)].map((match) => match[1]);
    expect(eIds).toEqual(['chp_1', 'art_1', 'art_2', 'chp_2', 'art_3']);
  });

  it('puts the agreed text in place of Article 1’s drafted paragraphs, saying in which session it was agreed', async () => {
    const xml = await (await download(world.cast.workers.lead.token)).text();
    const [line1, line2] = AGREED_WORDS.split('\n');
    expect(xml).toContain(`<article eId="art_1" refersTo="#consensusWithReservations"><num>Article 1</num><heading>Scope</heading><content><p>${line1}<noteRef href="#note_1" marker="1" placement="bottom"/></p><p>${line2}</p></content></article>`);
    expect(xml).not.toContain('This Act applies to all workers and employers in the country.');
    expect(xml).toContain('Agreed text, recorded in “First session” on');
    expect(xml).toContain('1 of 3 units (articles, recitals) carry the text agreed in a session');
    expect(xml).toContain('Collective agreements bind the parties that signed them for a period of three years.');
  });

  it('holds no delegation’s comment, no unsubmitted paper and no joint text that no outcome froze', async () => {
    const xml = await (await download(world.cast.workers.member.token)).text();
    for (const words of Object.values(PRIVATE_WORDS)) expect(xml).not.toContain(words);
  });

  it('speaks the requester’s language in its name and notes', async () => {
    await t.dataSource.query('UPDATE app_user SET locale = $1 WHERE id = $2', ['es', world.cast.government.member.user.id]);
    const response = await download(world.cast.government.member.token);
    expect(response.headers.get('content-disposition')).toMatch(/-texto-acordado-v1\.akn\.xml"/);
    expect(await response.text()).toContain('Texto acordado, registrado en «First session» el');
  });

  it('records each copy before it is sent, with the agreements it holds', async () => {
    const before = (await exported()).length;
    await download(world.cast.facilitator.token);
    const [outcome] = await t.dataSource.query('SELECT id FROM outcome WHERE agenda_item_id = $1', [world.agenda[0].id]);
    expect((await exported()).slice(before)).toEqual([{ actor_id: world.cast.facilitator.user.id, data: { format: 'akn', draftVersion: 1, agreed: [outcome.id] } }]);
  });

  it('tells an outsider the dossier does not exist, and a wrong format what to ask', async () => {
    expect((await download(world.cast.outsider.token)).status).toBe(404);
    const wrong = await download(world.cast.observer.token, 'format=pdf');
    expect([wrong.status, ((await wrong.json()) as { errors: Array<{ message: string }> }).errors[0].message]).toEqual([400, 'Ask for format=akn.']);
  });
});

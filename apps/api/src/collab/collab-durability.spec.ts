import { positionDocument } from './document-name';
import { connectCollab } from '../../test/collab-client';
import { buildSession, settle } from '../../test/session-factories';
import { startTestApp } from '../../test/test-app';

describe('co-drafted documents across a restart', () => {
  it('stores the document so that it comes back whole after a restart', async () => {
    const own = await startTestApp();
    try {
      const built = await buildSession(own);
      const [draft] = await own.dataSource.query('SELECT id FROM draft WHERE dossier_id = $1', [built.cast.dossierId]);
      const name = positionDocument(built.cast.workers.lead.delegationId, draft.id);
      const a = connectCollab(own.url, name, built.cast.workers.lead.token);
      await a.ready;
      a.doc.getText('body').insert(0, 'Durable position');
      await settle(300);
      a.destroy();
      const restarted = await own.restart();
      const b = connectCollab(restarted.url, name, built.cast.workers.member.token);
      await b.ready;
      expect(b.text()).toBe('Durable position');
      b.destroy();
      await restarted.close();
    } catch (error) {
      await own.close().catch(() => undefined);
      throw error;
    }
  });

});

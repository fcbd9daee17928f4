import { Client } from 'pg';
import { startTestApp, type TestApp } from '../../test/test-app';
import { preparedQuery } from './prepared-query';

describe('preparedQuery', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('answers the rows dataSource.query answers, sent under one name each time', async () => {
    const text = 'SELECT $1::int + 1 AS "next", $2::text AS "word"';
    const spy = jest.spyOn(Client.prototype, 'query');
    try {
      const first = await preparedQuery(t.dataSource, text, [1, 'a']);
      const second = await preparedQuery(t.dataSource, text, [41, 'b']);
      expect(first).toEqual(await t.dataSource.query(text, [1, 'a']));
      expect(second).toEqual([{ next: 42, word: 'b' }]);
      const names = spy.mock.calls.map(([config]) => (config as { name?: string }).name).filter(Boolean);
      expect(names).toHaveLength(2);
      expect(new Set(names).size).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });

  it("throws PostgreSQL's error for a statement that fails", async () => {
    await expect(preparedQuery(t.dataSource, 'SELECT $1::int / 0 AS "never"', [1])).rejects.toMatchObject({ code: '22012' });
  });
});

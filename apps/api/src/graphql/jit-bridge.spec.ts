import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../../test/test-app';
import { buildSignedInUser } from '../../test/factories';
import { BRIDGE_PINS, JitExecution } from './jit-executor';

const installed = (name: string): string => JSON.parse(readFileSync(join(__dirname, '../../../../node_modules', name, 'package.json'), 'utf8')).version;
/** A version's major, or major.minor before 1.0 (where a minor may break). */
const majorOf = (version: string): string => (version.startsWith('0.') ? version.split('.').slice(0, 2).join('.') : version.split('.')[0]);

/**
 * The graphql-jit bridge relies on public API only (see BRIDGE_PINS): this
 * spec fails when one of those packages moves to another major, and when
 * Apollo, behind Nest, stops handing operations to it.
 */
describe('the graphql-jit bridge', () => {
  it.each(Object.entries(BRIDGE_PINS))('was checked against %s %s', (name, major) => {
    expect(`${name} ${majorOf(installed(name))}`).toBe(`${name} ${major}`);
  });

  describe('behind Nest and Apollo', () => {
    let t: TestApp;
    const execute = jest.spyOn(JitExecution.prototype, 'execute');
    beforeAll(async () => (t = await startTestApp()));
    afterAll(async () => {
      execute.mockRestore();
      await t.close();
    });

    it('is handed every operation', async () => {
      const { token, user } = await buildSignedInUser(t);
      execute.mockClear();
      const first = await t.gql('query Bridge { me { id } }', {}, token);
      const second = await t.gql('query Bridge { me { id } }', {}, token);
      expect([first.data, second.data]).toEqual([{ me: { id: user.id } }, { me: { id: user.id } }]);
      expect(execute).toHaveBeenCalledTimes(2);
      expect(execute.mock.calls[0][0]).toEqual(expect.objectContaining({ operationName: 'Bridge', queryHash: expect.any(String), operation: expect.objectContaining({ operation: 'query' }) }));
      const result = await execute.mock.results[1].value;
      expect(result).toEqual({ data: { me: { id: user.id } } });
    });
  });
});

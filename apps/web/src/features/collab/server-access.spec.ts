import { parseAccessMessage, parseStoredMessage, writableFromScope } from './server-access';

describe('server access messages', () => {
  it('reads a change of the right to write', () => {
    expect(parseAccessMessage('{"type":"tripart:access","writable":false}')).toEqual({ type: 'tripart:access', writable: false });
  });

  it('ignores other stateless messages and garbage', () => {
    expect(parseAccessMessage('{"type":"other","writable":true}')).toBeNull();
    expect(parseAccessMessage('{"type":"tripart:access","writable":"yes"}')).toBeNull();
    expect(parseAccessMessage('not json')).toBeNull();
  });

  it('maps the authentication scope', () => {
    expect(writableFromScope('read-write')).toBe(true);
    expect(writableFromScope('readonly')).toBe(false);
    expect(writableFromScope(undefined)).toBeNull();
  });

  it('reads whether the server could store the document', () => {
    expect(parseStoredMessage('{"type":"tripart:stored","stored":false}')).toBe(false);
    expect(parseStoredMessage('{"type":"tripart:stored","stored":true}')).toBe(true);
    expect(parseStoredMessage('{"type":"tripart:access","writable":true}')).toBeNull();
    expect(parseStoredMessage('garbage')).toBeNull();
  });
});

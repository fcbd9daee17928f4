import { collabStatus } from './collab-status';
import { collabUrl, documentNames } from './collab-url';
import { initials, userColour } from './user-colour';

const base = { link: 'connected' as const, synced: true, unsynced: 0, online: true, refused: false, everSynced: true };

describe('collabStatus', () => {
  it('says saved only when connected, synced and nothing is pending', () => {
    expect(collabStatus(base)).toBe('saved');
    expect(collabStatus({ ...base, unsynced: 2 })).toBe('saving');
  });
  it('says offline when the browser is offline, whatever the socket thinks', () => {
    expect(collabStatus({ ...base, online: false })).toBe('offline');
  });
  it('tells connecting (first time) from reconnecting', () => {
    expect(collabStatus({ ...base, link: 'connecting', synced: false, everSynced: false })).toBe('connecting');
    expect(collabStatus({ ...base, link: 'disconnected', everSynced: true })).toBe('reconnecting');
  });
  it('says not saved yet while the server cannot store the document', () => {
    expect(collabStatus({ ...base, stored: false })).toBe('unstored');
    expect(collabStatus({ ...base, stored: false, link: 'disconnected' })).toBe('reconnecting');
  });
  it('says refused when the server would not open the document', () => {
    expect(collabStatus({ ...base, refused: true })).toBe('refused');
  });
});

describe('collab helpers', () => {
  it('builds the socket address on the same origin', () => {
    expect(collabUrl({ protocol: 'https:', host: 'tripart.example' })).toBe('wss://tripart.example/collab');
    expect(collabUrl({ protocol: 'http:', host: 'localhost:4200' })).toBe('ws://localhost:4200/collab');
  });
  it('names documents as the server expects', () => {
    expect(documentNames.position('d', 'r')).toBe('position:d:r');
    expect(documentNames.joint('s', 'a')).toBe('joint:s:a');
  });
  it('gives stable colours and initials', () => {
    expect(userColour('abc')).toBe(userColour('abc'));
    expect(initials('Amina Diallo')).toBe('AD');
    expect(initials('Samuel')).toBe('S');
    expect(initials('  ')).toBe('?');
  });
});

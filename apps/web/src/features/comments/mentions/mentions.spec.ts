import { insertMention, mentionQueryAt } from './mention-query';
import { matchMentionCandidates, toMentionCandidates, type DossierPerson } from './mention-candidates';
import { namedInText, unmention, unseenMentions } from './mention-names';
import { mentionSegments } from './mention-segments';

const person = (id: string, displayName: string, role: string, constituency: DossierPerson['constituency'] = null): DossierPerson => ({
  role,
  constituency,
  isLead: false,
  user: { id, displayName },
});

const PARTICIPANTS = [
  person('nadia', 'Nadia Haddad', 'DELEGATE', 'WORKERS'),
  person('samuel', 'Samuel Okoro', 'DELEGATE', 'WORKERS'),
  person('claire', 'Claire Dubois', 'DELEGATE', 'EMPLOYERS'),
  person('tomas', 'Tomás Ferreira', 'DELEGATE', 'GOVERNMENT'),
  person('jonas', 'Jonas Berger', 'FACILITATOR'),
  person('ingrid', 'Ingrid Larsen', 'OBSERVER'),
];

describe('the mention being typed at the caret', () => {
  const at = (text: string, caret = text.length) => mentionQueryAt(text, caret);

  it('starts at an @ at the start of the text or after a space', () => {
    expect(at('@')).toEqual({ start: 0, query: '' });
    expect(at('Ask @cla')).toEqual({ start: 4, query: 'cla' });
    expect(at('(@Cla')).toEqual({ start: 1, query: 'Cla' });
  });

  it('keeps the spaces inside a name being typed', () => expect(at('Ask @Claire Du')).toEqual({ start: 4, query: 'Claire Du' }));

  it('reads only up to the caret', () => expect(at('Ask @Claire now', 8)).toEqual({ start: 4, query: 'Cla' }));

  it('ignores an @ inside a word, such as an email address', () => expect(at('write to claire@example.org')).toBeNull());

  it('ends at a space right after the @, after a finished name, and at a new line', () => {
    expect(at('@ ')).toBeNull();
    expect(at('@Claire Dubois ')).toBeNull();
    expect(at('@Claire\nDubois')).toBeNull();
  });

  it('gives up on a long run of text after an @', () => expect(at(`@${'x'.repeat(41)}`)).toBeNull());

  it('has no mention without an @', () => expect(at('Plain words')).toBeNull());
});

describe('inserting a chosen name', () => {
  it('replaces what was typed by @Name and a space, and puts the caret after it', () => {
    expect(insertMention('Ask @cla', { start: 4, query: 'cla' }, 8, 'Claire Dubois')).toEqual({ text: 'Ask @Claire Dubois ', caret: 19 });
  });

  it('swallows the rest of the word under the caret and keeps the text after it', () => {
    expect(insertMention('Ask @claXX about it', { start: 4, query: 'cla' }, 8, 'Claire Dubois')).toEqual({ text: 'Ask @Claire Dubois about it', caret: 19 });
  });

  it('adds a space before a new line', () => {
    expect(insertMention('@sa\nnext', { start: 0, query: 'sa' }, 3, 'Samuel Okoro')).toEqual({ text: '@Samuel Okoro \nnext', caret: 14 });
  });
});

describe('the people the API offers to name', () => {
  const ids = (list: Array<{ id: string }>) => list.map((item) => item.id);

  it('are listed each once, in the API’s order', () => {
    expect(ids(toMentionCandidates([...PARTICIPANTS, PARTICIPANTS[2]]))).toEqual(PARTICIPANTS.map((p) => p.user.id));
  });
});

describe('finding candidates by what is typed', () => {
  const candidates = toMentionCandidates(PARTICIPANTS);
  const names = (query: string) => matchMentionCandidates(candidates, query).map((c) => c.displayName);

  it('lists everyone for a bare @', () => expect(names('')).toHaveLength(6));
  it('finds by first name, case aside', () => expect(names('cl')).toEqual(['Claire Dubois']));
  it('finds by a later word of the name', () => expect(names('Du')).toEqual(['Claire Dubois']));
  it('finds a whole name being typed', () => expect(names('Claire D')).toEqual(['Claire Dubois']));
  it('ignores accents', () => expect(names('tomas fe')).toEqual(['Tomás Ferreira']));
  it('puts names starting with the query first', () => {
    const list = [{ id: '1', displayName: 'Ana Berg' }, { id: '2', displayName: 'Bernard Lima' }];
    expect(matchMentionCandidates(list, 'ber').map((c) => c.id)).toEqual(['2', '1']);
  });
  it('finds no one for a stranger', () => expect(names('Zed')).toEqual([]));
});

describe('the people still named when sending', () => {
  const claire = { id: 'claire', displayName: 'Claire Dubois' };
  const samuel = { id: 'samuel', displayName: 'Samuel Okoro' };

  it('keeps those whose @Name is in the text', () => {
    expect(namedInText('@Claire Dubois and @Samuel Okoro, please look', [claire, samuel])).toEqual([claire, samuel]);
  });

  it('drops those whose @Name was deleted or cut short', () => {
    expect(namedInText('@Claire Dubo and Samuel Okoro', [claire, samuel])).toEqual([]);
  });

  it('does not count a longer word as the name', () => expect(namedInText('@Claire Duboisson', [claire])).toEqual([]));

  it('sends each person once', () => expect(namedInText('@Claire Dubois @Claire Dubois', [claire, claire])).toEqual([claire]));

  it('turns a mention back into a plain name', () => {
    expect(unmention('@Claire Dubois, @Samuel Okoro and @Claire Dubois', [claire])).toBe('Claire Dubois, @Samuel Okoro and Claire Dubois');
    expect(unmention('@Claire Duboisson', [claire])).toBe('@Claire Duboisson');
  });

  it('finds those named who would not read the comment', () => {
    const caucus = toMentionCandidates(PARTICIPANTS.filter((p) => p.user.id === 'samuel'));
    expect(unseenMentions([claire, samuel], caucus)).toEqual([claire]);
    expect(unseenMentions([claire, samuel], toMentionCandidates(PARTICIPANTS))).toEqual([]);
  });
});

describe('splitting a body into words and mentions', () => {
  const claire = { id: 'claire', displayName: 'Claire Dubois' };

  it('marks the names the comment mentions', () => {
    expect(mentionSegments('Ask @Claire Dubois now.', [claire])).toEqual([
      { kind: 'text', text: 'Ask ' },
      { kind: 'mention', text: '@Claire Dubois', person: claire },
      { kind: 'text', text: ' now.' },
    ]);
  });

  it('leaves an @ word that is not a mention as text', () => {
    expect(mentionSegments('Ask @Someone else', [claire])).toEqual([{ kind: 'text', text: 'Ask @Someone else' }]);
  });

  it('keeps markup as plain text', () => {
    expect(mentionSegments('<b>@Claire Dubois</b>', [claire])).toEqual([
      { kind: 'text', text: '<b>' },
      { kind: 'mention', text: '@Claire Dubois', person: claire },
      { kind: 'text', text: '</b>' },
    ]);
  });

  it('prefers the longer of two names that overlap', () => {
    const ana = { id: 'ana', displayName: 'Ana' };
    const anaLima = { id: 'ana-lima', displayName: 'Ana Lima' };
    expect(mentionSegments('@Ana Lima and @Ana', [ana, anaLima]).filter((s) => s.kind === 'mention').map((s) => s.kind === 'mention' && s.person.id)).toEqual(['ana-lima', 'ana']);
  });

  it('marks each occurrence, and an empty body has no segment', () => {
    expect(mentionSegments('@Claire Dubois @Claire Dubois', [claire]).filter((s) => s.kind === 'mention')).toHaveLength(2);
    expect(mentionSegments('', [claire])).toEqual([]);
  });
});

import { delegationSuggestions, isInWording, normalizeWording, pendingSuggestions } from './wording-suggestions';

type Side = 'GOVERNMENT' | 'EMPLOYERS' | 'WORKERS';

let sequence = 0;
function comment(provisionId: string, side: Side | null, suggestedText: string | null, extra: { name?: string; deletedAt?: string; quote?: string } = {}) {
  sequence += 1;
  return {
    id: `c${sequence}`,
    provisionId,
    suggestedText,
    createdAt: `2026-11-28T10:00:${String(sequence).padStart(2, '0')}Z`,
    deletedAt: extra.deletedAt ?? null,
    quote: extra.quote ? { exact: extra.quote, prefix: '', suffix: '' } : null,
    author: { id: extra.name ?? 'someone', displayName: extra.name ?? 'Samuel Okoro', constituency: side },
  };
}
const thread = (first: ReturnType<typeof comment>, ...replies: ReturnType<typeof comment>[]) => ({ ...first, replies });

const provisions = (comments: Record<string, ReturnType<typeof thread>[]>) => [
  { id: 'chapter', kind: 'CHAPTER', parentId: null, comments: comments.chapter ?? [] },
  { id: 'art4', kind: 'ARTICLE', parentId: 'chapter', comments: comments.art4 ?? [] },
  { id: 'art4-p1', kind: 'PARAGRAPH', parentId: 'art4', comments: comments['art4-p1'] ?? [] },
  { id: 'art9', kind: 'ARTICLE', parentId: 'chapter', comments: comments.art9 ?? [] },
];

describe('delegationSuggestions', () => {
  it("keeps my side's suggested wordings, threads and replies, private or plenary, and leaves out the rest", () => {
    const found = delegationSuggestions(
      provisions({
        art9: [
          thread(comment('art9', 'WORKERS', 'twelve months', { quote: 'six months' }), comment('art9', 'WORKERS', 'nine months', { name: 'Nadia Haddad' })),
          thread(comment('art9', 'EMPLOYERS', 'three months', { name: 'Claire Dubois' })),
          thread(comment('art9', 'WORKERS', null)),
          thread(comment('art9', 'WORKERS', '   ')),
          thread(comment('art9', 'WORKERS', 'eighteen months', { deletedAt: '2026-11-28T11:00:00Z' })),
          thread(comment('art9', null, 'a facilitator’s idea', { name: 'Jonas Berger' })),
        ],
      }),
      'WORKERS',
    );
    expect(found.get('art9')).toEqual([
      { commentId: expect.any(String), text: 'twelve months', quote: { exact: 'six months', prefix: '', suffix: '' }, authors: ['Samuel Okoro'] },
      { commentId: expect.any(String), text: 'nine months', quote: null, authors: ['Nadia Haddad'] },
    ]);
    expect(delegationSuggestions(provisions({ art9: [thread(comment('art9', 'EMPLOYERS', 'three months'))] }), 'WORKERS').size).toBe(0);
  });

  it("files a paragraph's suggestions under its article, and drops those outside any article", () => {
    const found = delegationSuggestions(
      provisions({ 'art4-p1': [thread(comment('art4-p1', 'WORKERS', 'within fifteen days'))], chapter: [thread(comment('chapter', 'WORKERS', 'A new title'))] }),
      'WORKERS',
    );
    expect([...found.keys()]).toEqual(['art4']);
    expect(found.get('art4')?.map((s) => s.text)).toEqual(['within fifteen days']);
  });

  it('counts the same words once, in the order suggested, naming everyone who suggested them', () => {
    const found = delegationSuggestions(
      provisions({
        art4: [thread(comment('art4', 'WORKERS', 'within  fifteen\ndays', { name: 'Nadia Haddad' }))],
        'art4-p1': [
          thread(comment('art4-p1', 'WORKERS', 'Within fifteen days', { name: 'Samuel Okoro' })),
          thread(comment('art4-p1', 'WORKERS', 'within fifteen days', { name: 'Nadia Haddad' })),
        ],
      }),
      'WORKERS',
    );
    expect(found.get('art4')).toHaveLength(1);
    expect(found.get('art4')?.[0]).toMatchObject({ text: 'within  fifteen\ndays', authors: ['Nadia Haddad', 'Samuel Okoro'] });
  });
});

describe('what is already in the wording', () => {
  it('compares wordings whatever their spacing, line breaks and letter case', () => {
    expect(normalizeWording('  Within\n fifteen   DAYS ')).toBe('within fifteen days');
    expect(isInWording({ text: 'within fifteen days' }, 'The Registrar shall register it Within  fifteen\ndays.')).toBe(true);
    expect(isInWording({ text: 'within fifteen days' }, 'within fifteen working days')).toBe(false);
  });

  it('leaves only the suggestions the wording does not have yet, in their order', () => {
    const suggestions = [{ text: 'twelve months' }, { text: 'Official Gazette and online' }, { text: 'nine months' }];
    expect(pendingSuggestions(suggestions, '')).toEqual(suggestions);
    expect(pendingSuggestions(suggestions, 'in force twelve months after publication')).toEqual([suggestions[1], suggestions[2]]);
    expect(pendingSuggestions(suggestions, 'twelve months; nine months; official gazette and online')).toEqual([]);
  });
});

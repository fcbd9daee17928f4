import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { locateQuote, pullSuggestions, textWithPositions } from './pull-suggestions';
import type { WordingSuggestion } from './wording-suggestions';

const schema = getSchema([StarterKit]);
const DRAFT = 'This Act enters into force six months after its publication in the Official Gazette.';

function wording(...lines: string[]) {
  const content = lines.length ? lines.map((line) => schema.nodes.paragraph.create(null, line ? schema.text(line) : null)) : [schema.nodes.paragraph.create()];
  return EditorState.create({ schema, doc: schema.nodes.doc.create(null, content) });
}
function suggestion(text: string, quote?: string, around: { prefix?: string; suffix?: string } = {}): WordingSuggestion {
  return { commentId: text, text, authors: ['Samuel Okoro'], quote: quote ? { exact: quote, prefix: around.prefix ?? '', suffix: around.suffix ?? '' } : null };
}
function pull(state: EditorState, suggestions: WordingSuggestion[], draft = DRAFT) {
  const tr = state.tr;
  const result = pullSuggestions(tr, suggestions, draft);
  return { result, state: state.apply(tr), text: textWithPositions(tr.doc).text };
}

describe('pullSuggestions', () => {
  it('starts an empty wording from the draft and puts each suggestion in place of the words it quotes', () => {
    const { result, text } = pull(wording(), [suggestion('twelve months', 'six months'), suggestion('Official Gazette and on the Ministry’s website', 'Official Gazette')]);
    expect(text).toBe('This Act enters into force twelve months after its publication in the Official Gazette and on the Ministry’s website.');
    expect(result.fromDraft).toBe(true);
    expect(result.inPlace.map((s) => s.text)).toEqual(['twelve months', 'Official Gazette and on the Ministry’s website']);
    expect(result.appended).toEqual([]);
  });

  it('never puts a suggestion in twice: a second pull changes nothing', () => {
    const suggestions = [suggestion('twelve months', 'six months'), suggestion('An unquoted idea.')];
    const first = pull(wording(), suggestions);
    const second = pull(first.state, suggestions);
    expect(second.text).toBe(first.text);
    expect(second.result.inPlace).toEqual([]);
    expect(second.result.appended).toEqual([]);
    expect(first.text.match(/twelve months/g)).toHaveLength(1);
    expect(first.text.match(/An unquoted idea\./g)).toHaveLength(1);
  });

  it('adds only what is new when a later suggestion comes', () => {
    const first = pull(wording(), [suggestion('twelve months', 'six months')]);
    const later = pull(first.state, [suggestion('twelve months', 'six months'), suggestion('Official Gazette and online', 'Official Gazette')]);
    expect(later.text).toBe('This Act enters into force twelve months after its publication in the Official Gazette and online.');
    expect(later.result.fromDraft).toBe(false);
    expect(later.result.inPlace.map((s) => s.text)).toEqual(['Official Gazette and online']);
  });

  it('keeps what the delegation wrote and adds a suggestion whose words are gone at the end, as its own paragraphs', () => {
    const { result, text } = pull(wording('Our own text, entirely rewritten.'), [suggestion('twelve months', 'six months'), suggestion('Line one\nLine two')]);
    expect(text).toBe('Our own text, entirely rewritten.\ntwelve months\nLine one\nLine two');
    expect(result.appended.map((s) => s.text)).toEqual(['twelve months', 'Line one\nLine two']);
    expect(result.fromDraft).toBe(false);
  });

  it('fills an empty wording with suggestions that quote nothing, without the draft', () => {
    const { result, text } = pull(wording(), [suggestion('A wholly new article.')]);
    expect(text).toBe('A wholly new article.');
    expect(result.fromDraft).toBe(false);
  });

  it('leaves the wording as it is when every suggestion is in it', () => {
    const state = wording('This Act enters into force Twelve  months after publication.');
    const { result, text } = pull(state, [suggestion('twelve months', 'six months')]);
    expect(text).toBe('This Act enters into force Twelve  months after publication.');
    expect(result).toEqual({ inPlace: [], appended: [], fromDraft: false });
  });
});

describe('locateQuote', () => {
  it('finds the occurrence whose prefix and suffix fit', () => {
    const text = 'within thirty days of founding; within thirty days of receiving';
    expect(locateQuote(text, { exact: 'thirty days', prefix: 'within ', suffix: ' of receiving' })).toBe(text.lastIndexOf('thirty days'));
    expect(locateQuote(text, { exact: 'thirty days', prefix: '', suffix: ' of founding' })).toBe(text.indexOf('thirty days'));
    expect(locateQuote(text, { exact: 'sixty days', prefix: '', suffix: '' })).toBe(-1);
  });
});

import { findUnstorableText, text, withoutUnstorableText } from './text';

describe('unstorable text', () => {
  it('names the path of the first string holding a NUL character', () => {
    expect(findUnstorableText({ input: { quote: { exact: 'ok', prefix: 'a\u0000' } } })).toBe('input.quote.prefix');
  });

  it('names an array item by its index', () => {
    expect(findUnstorableText({ ids: ['a', 'b\uD800'] })).toBe('ids.1');
  });

  it('finds one in a value nested 100,000 deep without overflowing the stack', () => {
    let value: unknown = '\u0000';
    for (let i = 0; i < 100_000; i += 1) value = [value];
    expect(findUnstorableText(value)).toMatch(/^0(\.0)*$/);
  });

  it('leaves a surrogate pair (an emoji, 𝄞) alone', () => {
    expect([findUnstorableText({ body: 'Clef 𝄞 🙂' }), text(20).safeParse('Clef 𝄞').success]).toEqual([null, true]);
  });

  it('refuses a NUL character in a text schema', () => {
    expect(text(20).safeParse('a\u0000b').success).toBe(false);
  });

  it('drops what cannot be stored from text read out of a file', () => {
    expect(withoutUnstorableText('Wa\u0000ges\uDC00 paid')).toBe('Wages paid');
  });
});

import { findQuote, quoteSelectorFor } from './text-quote';

const TEXT = 'The employer shall pay wages monthly. The employer shall keep records of hours worked.';

describe('quoteSelectorFor', () => {
  it('quotes the range with context either side', () => {
    expect(quoteSelectorFor(TEXT, 38, 50, 10)).toEqual({ exact: 'The employer', prefix: ' monthly. ', suffix: ' shall kee' });
  });

  it('uses 32 characters of context by default', () => {
    const selector = quoteSelectorFor(TEXT, 50, 60);
    expect([selector.prefix.length, selector.suffix.length]).toEqual([32, 26]);
  });

  it('cuts the context at the edges of the text', () => {
    expect(quoteSelectorFor('Short text.', 0, 5)).toEqual({ exact: 'Short', prefix: '', suffix: ' text.' });
  });

  it('does not cut an astral character in half', () => {
    const text = '😀abc';
    expect(quoteSelectorFor(text, 3, 4, 2).prefix).toBe('a');
  });

  it('refuses a range outside the text', () => {
    expect(() => quoteSelectorFor('abc', 2, 5)).toThrow(RangeError);
  });
});

describe('findQuote', () => {
  it('finds a quote that occurs once', () => {
    expect(findQuote(TEXT, { exact: 'keep records', prefix: '', suffix: '' })).toEqual({ start: 57, end: 69 });
  });

  it('chooses among repeated words by the surrounding text', () => {
    const selector = quoteSelectorFor(TEXT, 38, 50);
    expect(findQuote(TEXT, selector)).toEqual({ start: 38, end: 50 });
  });

  it('chooses the first occurrence when the context tells nothing', () => {
    expect(findQuote(TEXT, { exact: 'The employer', prefix: '', suffix: '' })).toEqual({ start: 0, end: 12 });
  });

  it('follows the quote when the text before it changed', () => {
    const selector = quoteSelectorFor(TEXT, 38, 50);
    const edited = `Article 3. ${TEXT.replace('monthly', 'every two weeks')}`;
    expect(findQuote(edited, selector)).toEqual({ start: 57, end: 69 });
    expect(edited.slice(57, 69)).toBe('The employer');
  });

  it('prefers the occurrence whose context matches best even if it is only partly kept', () => {
    const selector = quoteSelectorFor(TEXT, 38, 50);
    const edited = TEXT.replace('shall keep records', 'must keep records');
    expect(findQuote(edited, selector)).toEqual({ start: 38, end: 50 });
  });

  it('returns null when the quoted words are gone', () => {
    expect(findQuote(TEXT.replace('records', 'registers'), { exact: 'keep records', prefix: '', suffix: '' })).toBeNull();
  });

  it('returns null for an empty quote', () => {
    expect(findQuote(TEXT, { exact: '', prefix: 'The', suffix: '' })).toBeNull();
  });
});

import { UnstorableTextPipe } from './unstorable-text.pipe';

describe('UnstorableTextPipe', () => {
  const pipe = new UnstorableTextPipe();

  it('leaves alone what is not a client’s input (the request, the actor, a parent row): it is not walked at all', () => {
    const request = { headers: {}, get app(): never { throw new Error('walked into the request'); } };
    const parent = { body: 'stored\u0000' };
    expect([pipe.transform(request, { type: 'custom' }), pipe.transform(parent, { type: 'custom' })]).toEqual([request, parent]);
  });

  it('refuses a client’s input holding a NUL character, naming the field', () => {
    expect(() => pipe.transform({ quote: { exact: 'a\u0000' } }, { type: 'body', data: 'input' })).toThrow('input.quote.exact must not contain NUL');
  });
});

import { checkLinkForm, conventionOptions, sameArticleLink } from './link-form';

describe('the link form', () => {
  it('asks for a convention and an article number, and allows an empty gap note', () => {
    expect(checkLinkForm({ conventionCode: null, article: '  ', gapNote: '' })).toEqual({
      conventionCode: { key: 'validation.required' },
      article: { key: 'validation.required' },
      gapNote: null,
    });
    expect(checkLinkForm({ conventionCode: 'C087', article: ' 4(1) ', gapNote: '' })).toEqual({ conventionCode: null, article: null, gapNote: null });
  });

  it('refuses an article that is not a number the convention uses', () => {
    expect(checkLinkForm({ conventionCode: 'C087', article: 'Art. 3; see also 4', gapNote: '' }).article).toEqual({ key: 'conventions.form.articleInvalid' });
    expect(checkLinkForm({ conventionCode: 'C087', article: '2 bis', gapNote: '' }).article).toBeNull();
  });

  it('refuses a gap note longer than the API keeps', () => {
    expect(checkLinkForm({ conventionCode: 'C087', article: '3', gapNote: 'x'.repeat(5001) }).gapNote).toEqual({ key: 'validation.tooLong', params: { max: 5000 } });
  });

  it('finds the link the provision already has to that article', () => {
    const links = [{ id: 'l1', conventionCode: 'C087', article: '3' }];
    expect(sameArticleLink(links, { conventionCode: 'C087', article: ' 3 ' })?.id).toBe('l1');
    expect(sameArticleLink(links, { conventionCode: 'C098', article: '3' })).toBeUndefined();
  });

  it("offers the dossier's conventions first, then the other ILO instruments", () => {
    const options = conventionOptions(
      [
        { code: 'C144', title: 'Tripartite Consultation' },
        { code: 'C029', title: 'Forced Labour' },
        { code: 'C087', title: 'Freedom of Association' },
      ],
      ['C144', 'C087'],
      { dossier: 'This dossier', other: 'Others' },
    );
    expect(options).toEqual([
      { group: 'This dossier', items: [{ value: 'C087', label: 'C087 · Freedom of Association' }, { value: 'C144', label: 'C144 · Tripartite Consultation' }] },
      { group: 'Others', items: [{ value: 'C029', label: 'C029 · Forced Labour' }] },
    ]);
  });

  it('offers one list in code order when there is no dossier yet', () => {
    const options = conventionOptions(
      [
        { code: 'C144', title: 'Tripartite Consultation' },
        { code: 'C029', title: 'Forced Labour' },
      ],
      null,
      { dossier: 'This dossier', other: 'Others' },
    );
    expect(options).toEqual([
      { value: 'C029', label: 'C029 · Forced Labour' },
      { value: 'C144', label: 'C144 · Tripartite Consultation' },
    ]);
  });
});

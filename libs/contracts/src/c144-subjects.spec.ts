import { C144_SUBJECTS, C144_SUBJECT_WORDING, c144SubjectCitation, c144SubjectLetter } from './c144-subjects';

describe('the Article 5(1) subjects of C144', () => {
  it('are items (a) to (e), in the Convention’s order', () => {
    expect(C144_SUBJECTS.map(c144SubjectLetter)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('have the Convention’s wording in every language, for every item', () => {
    for (const wording of Object.values(C144_SUBJECT_WORDING)) expect(Object.keys(wording).sort()).toEqual([...C144_SUBJECTS].sort());
  });

  it('are cited as each language cites an article', () => {
    expect(c144SubjectCitation('DENUNCIATION', 'en')).toBe('C144, Article 5(1)(e): proposals for the denunciation of ratified Conventions');
    expect(c144SubjectCitation('DENUNCIATION', 'fr')).toBe('C144, article 5, paragraphe 1 e) : les propositions relatives à la dénonciation de conventions ratifiées');
    expect(c144SubjectCitation('DENUNCIATION', 'es')).toBe('C144, artículo 5, párrafo 1, e): las propuestas de denuncia de convenios ratificados');
  });
});

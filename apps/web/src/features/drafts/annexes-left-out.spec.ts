import { createI18n } from '../i18n/i18n';
import { annexesLeftOutText } from './annexes-left-out';

describe('annexesLeftOutText', () => {
  it('names in English the annexes the file only refers to', () => {
    const { t, language } = createI18n('en');
    expect(annexesLeftOutText(['Annex I', 'Annex II', 'Annex III', 'Annex IV'], t, language)).toBe(
      'Not imported: Annex I, Annex II, Annex III, and Annex IV. The file only refers to them: they are separate files, and not part of this draft.',
    );
  });

  it('says it in French and Spanish, one annex in the singular', () => {
    const fr = createI18n('fr');
    const es = createI18n('es');
    expect(annexesLeftOutText(['Annexe I'], fr.t, fr.language)).toBe(
      'Non importée : Annexe I. Le fichier ne fait qu’y renvoyer : c’est un fichier distinct, qui ne fait pas partie de ce projet.',
    );
    expect(annexesLeftOutText(['Anexo I', 'Anexo II'], es.t, es.language)).toBe(
      'No importados: Anexo I y Anexo II. El archivo solo remite a ellos: son archivos aparte, que no forman parte de este proyecto.',
    );
  });

  it('counts an annex without a name as such', () => {
    const { t, language } = createI18n('en');
    expect(annexesLeftOutText(['Annex I', ''], t, language)).toBe(
      'Not imported: Annex I and an unnamed annex. The file only refers to them: they are separate files, and not part of this draft.',
    );
  });

  it('says nothing when every annex is in the file', () => {
    const { t, language } = createI18n('en');
    expect(annexesLeftOutText([], t, language)).toBeNull();
  });
});

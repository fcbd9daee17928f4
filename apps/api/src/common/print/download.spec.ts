import { attachment } from './download';
import { fileNamePart } from './print-text';
import { isRightToLeft, paragraphsOf } from './print-blocks';

describe('the print module’s file names', () => {
  it('give any script in UTF-8, with an ASCII fallback for old clients', () => {
    expect(attachment('Procès-verbal — مجلس.pdf')).toBe(`attachment; filename="Proces-verbal .pdf"; filename*=UTF-8''${encodeURIComponent('Procès-verbal — مجلس.pdf')}`);
  });

  it('never let a quote or a backslash end the fallback early', () => {
    expect(attachment('a"b\\c.docx')).toMatch(/^attachment; filename="abc\.docx"; filename\*=UTF-8''a%22b%5Cc\.docx$/);
  });

  it('make a title a file name’s part: accents dropped, spaces as dashes, at most 60 characters, a fallback when nothing is left', () => {
    expect(fileNamePart('Réforme du code  du travail', 'dossier')).toBe('Reforme-du-code-du-travail');
    expect(fileNamePart('x'.repeat(80), 'dossier')).toHaveLength(60);
    expect(fileNamePart('قانون العمل', 'dossier')).toBe('dossier');
  });
});

describe('the print module’s text', () => {
  it('reads a text’s direction from its first strong character', () => {
    expect([isRightToLeft('فاطمة, Workers'), isRightToLeft('Workers: فاطمة'), isRightToLeft('2026 —')]).toEqual([true, false, false]);
  });

  it('splits a narrative on blank lines, keeping a paragraph’s own line breaks', () => {
    expect(paragraphsOf('One\r\ntwo\n\n \n\nThree\n')).toEqual(['One\ntwo', 'Three']);
  });
});

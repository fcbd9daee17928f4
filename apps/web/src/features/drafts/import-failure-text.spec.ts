import { createI18n } from '../i18n/i18n';
import { importFailureText } from './import-failure-text';

const noUnits = {
  field: 'file',
  message: 'No article was found in this file: …',
  constraint: 'NO_PROVISIONS',
  reason: 'NUMBER_PARENTHESIS',
  params: { headings: 12, numbered: 40, firstLines: 'Code du travail / 1) Champ / Le présent code' },
};

describe('importFailureText', () => {
  it('says in French what was found in a draft without numbered units and the numbering to use', () => {
    expect(importFailureText(noUnits, createI18n('fr').t)).toBe(
      'Aucune disposition numérotée trouvée : 12 titres, 40 lignes numérotées, 0 unité numérotée ; les premières lignes sont « Code du travail / 1) Champ / Le présent code ». Ses lignes sont numérotées « 1) » : commencez plutôt chaque disposition par « 1. », « Section 1 » ou « Article 1 ».',
    );
  });

  it('says the failure’s own sentence when the API gives no figures', () => {
    expect(importFailureText({ field: 'file', message: 'x', constraint: 'NO_PROVISIONS' }, createI18n('es').t)).toMatch(/^No se encontró ningún artículo ni sección/u);
  });

  it('falls back to the API’s message for a failure it does not know', () => {
    expect(importFailureText({ field: 'file', message: 'Something new.', constraint: 'SOMETHING_NEW' }, createI18n('en').t)).toBe('Something new.');
  });
});

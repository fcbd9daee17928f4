import { createI18n } from '../i18n/i18n';
import { importWarningTexts } from './import-warnings-text';

const ENGLISH = ['Unknown Akoma Ntoso namespace "urn:other"; the file was read as Akoma Ntoso 3.0.'];

describe('importWarningTexts', () => {
  it('says an unknown namespace in the reader’s language, naming it', () => {
    const preview = { warnings: ENGLISH, warningReasons: [{ reason: 'UNKNOWN_NAMESPACE' as const, params: { namespace: 'urn:other' } }] };
    expect(importWarningTexts(preview, createI18n('fr').t)).toEqual([
      'Ce fichier déclare un espace de noms Akoma Ntoso que Tripart ne connaît pas (« urn:other ») ; il a été lu comme Akoma Ntoso 3.0. Vérifiez la structure ci-dessous.',
    ]);
  });

  it('says a file read as Windows Latin-1 in Spanish', () => {
    const preview = { warnings: ['…'], warningReasons: [{ reason: 'LEGACY_ENCODING' as const, params: {} }] };
    expect(importWarningTexts(preview, createI18n('es').t)).toEqual([
      'Este archivo no está en UTF-8; se leyó como Windows Latin-1. Revise las letras acentuadas a continuación.',
    ]);
  });

  it('names a number used twice in English', () => {
    const preview = { warnings: ['…'], warningReasons: [{ reason: 'DUPLICATE_NUMBER' as const, params: { number: 'Article 5', key: 'art_5_2' } }] };
    expect(importWarningTexts(preview, createI18n('en').t)).toEqual([
      '“Article 5” numbers two provisions; both are imported, the later one apart. Check the numbering in the file.',
    ]);
  });

  it('keeps the API’s English sentence for a reason this app does not know yet, and without reasons', () => {
    const unknown = { reason: 'NEWER_REASON', params: {} } as unknown as { reason: 'LEGACY_ENCODING'; params: Record<string, string> };
    expect(importWarningTexts({ warnings: ENGLISH, warningReasons: [unknown] }, createI18n('fr').t)).toEqual(ENGLISH);
    expect(importWarningTexts({ warnings: ENGLISH }, createI18n('fr').t)).toEqual(ENGLISH);
  });
});

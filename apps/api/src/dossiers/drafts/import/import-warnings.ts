import type { ImportWarning } from '@tripart/contracts';

/** The warnings of an import, made in one place: a reason and its parameters, and the English sentence for scripts. */

export const unknownNamespace = (namespace: string): ImportWarning => ({ reason: 'UNKNOWN_NAMESPACE', params: { namespace } });

export const legacyEncoding = (): ImportWarning => ({ reason: 'LEGACY_ENCODING', params: {} });

export const duplicateNumber = (number: string, key: string): ImportWarning => ({ reason: 'DUPLICATE_NUMBER', params: { number, key } });

/** What the preview's `warnings` say in English (for scripts and older clients); the web app says it from the reason. */
export const warningMessage = ({ reason, params }: ImportWarning): string => {
  switch (reason) {
    case 'UNKNOWN_NAMESPACE':
      return `Unknown Akoma Ntoso namespace "${params.namespace ?? ''}"; the file was read as Akoma Ntoso 3.0.`;
    case 'LEGACY_ENCODING':
      return 'The file was not in UTF-8; it was read as Windows Latin-1. Check accented letters.';
    case 'DUPLICATE_NUMBER':
      return `${params.number} appears more than once; the later one is keyed "${params.key}".`;
  }
};

import type { Catalogue } from '../../i18n/catalogue';
import type { outcomesEn } from './en';

export const outcomesFr: Catalogue<typeof outcomesEn> = {
  outcomes: {
    loadFailed: 'Impossible de charger les résultats.',
    empty: 'Rien à afficher pour l’instant.',
    emptyHint: 'Les résultats apparaissent ici, article par article, dès que le facilitateur les enregistre en séance.',
    intro: 'Le résultat de chaque article et la dernière position de chaque partie, tels qu’enregistrés en séance.',
    onlyDisagreement: 'Seulement les désaccords',
    noDisagreement: 'Aucun désaccord enregistré : sur chaque article tranché, les parties sont d’accord.',
    tableLabel: 'Résultats par article et par partie',
    provision: 'Article',
    outcome: 'Résultat',
    agreedText: 'Texte convenu :',
    note: 'Note',
    none: 'Pas encore de résultat',
    noStance: 'Pas de position',
    kinds: {
      CONSENSUS: 'Consensus',
      CONSENSUS_WITH_RESERVATIONS: 'Consensus avec réserves',
      NO_CONSENSUS: 'Pas de consensus',
      DEFERRED: 'Reporté',
    },
  },
};

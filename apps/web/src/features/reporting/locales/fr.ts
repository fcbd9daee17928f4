import type { Catalogue } from '../../i18n/catalogue';
import type { reportingEn } from './en';

export const reportingFr: Catalogue<typeof reportingEn> = {
  reporting: {
    heading: 'Rapports dus en {{year}}',
    previousYear: 'Année précédente ({{year}})',
    nextYear: 'Année suivante ({{year}})',
    none: 'Aucun rapport n’est dû cette année sur les conventions du registre.',
    loadFailed: 'Impossible d’établir le calendrier des rapports.',
    window: 'Entre le {{opens}} et le {{due}}',
    kinds: { FIRST: 'Premier rapport (détaillé)', REGULAR: 'Rapport régulier (simplifié)' },
    cycle: 'Conventions fondamentales et de gouvernance tous les {{short}} ans, les autres tous les {{long}} ; les pays font rapport par groupes selon leur nom ({{shortGroups}} ; {{longGroups}}) à partir de {{start}}.',
    report: 'Rapport',
    when: 'Quand',
    edit: 'Modifier le cycle',
    form: {
      title: 'Le cycle des rapports',
      shortCycleYears: 'Conventions fondamentales et de gouvernance : tous les … ans',
      longCycleYears: 'Autres conventions : tous les … ans',
      shortCycleGroups: 'Groupes du cycle court (plages de lettres séparées par des virgules, dans l’ordre où ils font rapport)',
      longCycleGroups: 'Groupes du cycle long',
      startYear: 'L’année où le premier groupe fait rapport',
      windowOpens: 'Rapports reçus à partir du (MM-JJ)',
      dueOn: 'Rapports dus le (MM-JJ)',
      save: 'Enregistrer le cycle',
      saved: 'Le cycle des rapports est enregistré.',
      failed: 'Impossible d’enregistrer le cycle.',
    },
  },
};

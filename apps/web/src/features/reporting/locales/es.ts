import type { Catalogue } from '../../i18n/catalogue';
import type { reportingEn } from './en';

export const reportingEs: Catalogue<typeof reportingEn> = {
  reporting: {
    heading: 'Memorias debidas en {{year}}',
    previousYear: 'Año anterior ({{year}})',
    nextYear: 'Año siguiente ({{year}})',
    none: 'Este año no se debe ninguna memoria sobre los convenios del registro.',
    loadFailed: 'No se pudo calcular el calendario de memorias.',
    window: 'Entre el {{opens}} y el {{due}}',
    kinds: { FIRST: 'Primera memoria (detallada)', REGULAR: 'Memoria regular (simplificada)' },
    cycle: 'Convenios fundamentales y de gobernanza cada {{short}} años, los demás cada {{long}}; los países envían memorias por grupos según su nombre ({{shortGroups}}; {{longGroups}}) desde {{start}}.',
    report: 'Memoria',
    when: 'Cuándo',
    edit: 'Cambiar el ciclo',
    form: {
      title: 'El ciclo de memorias',
      shortCycleYears: 'Convenios fundamentales y de gobernanza: cada … años',
      longCycleYears: 'Otros convenios: cada … años',
      shortCycleGroups: 'Grupos del ciclo corto (rangos de letras separados por comas, en el orden en que informan)',
      longCycleGroups: 'Grupos del ciclo largo',
      startYear: 'El año en que informa el primer grupo',
      windowOpens: 'Memorias recibidas desde el (MM-DD)',
      dueOn: 'Memorias debidas el (MM-DD)',
      save: 'Guardar el ciclo',
      saved: 'El ciclo de memorias está guardado.',
      failed: 'No se pudo guardar el ciclo.',
    },
  },
};

import type { Catalogue } from '../../i18n/catalogue';
import type { outcomesEn } from './en';

export const outcomesEs: Catalogue<typeof outcomesEn> = {
  outcomes: {
    loadFailed: 'No se pudieron cargar los resultados.',
    empty: 'Todavía no hay nada que mostrar.',
    emptyHint: 'Los resultados aparecen aquí, artículo por artículo, cuando el facilitador los registra en una sesión.',
    intro: 'El resultado de cada artículo y la última postura de cada sector, tal como se registraron en las sesiones.',
    onlyDisagreement: 'Solo donde discrepamos',
    noDisagreement: 'No hay desacuerdos registrados: en cada artículo con resultado, los sectores coinciden.',
    tableLabel: 'Resultados por artículo y sector',
    provision: 'Artículo',
    outcome: 'Resultado',
    agreedText: 'Texto acordado:',
    note: 'Nota',
    none: 'Aún sin resultado',
    noStance: 'Sin postura',
    kinds: {
      CONSENSUS: 'Consenso',
      CONSENSUS_WITH_RESERVATIONS: 'Consenso con reservas',
      NO_CONSENSUS: 'Sin consenso',
      DEFERRED: 'Aplazado',
    },
  },
};

import type { Catalogue } from '../../i18n/catalogue';
import type { collabEn } from './en';

export const collabEs: Catalogue<typeof collabEn> = {
  collab: {
    label: 'Corredacción',
    here: 'También aquí: {{names}}',
    status: {
      connecting: 'Conectando…',
      saved: 'Guardado',
      saving: 'Guardando…',
      unstored: 'Aún sin guardar — el servidor sigue intentándolo',
      reconnecting: 'Reconectando…',
      offline: 'Sin conexión — sus cambios se sincronizarán',
      refused: 'No se pudo abrir este documento',
    },
  },
};

import type { Catalogue } from '../../i18n/catalogue';
import type { collabEn } from './en';

export const collabFr: Catalogue<typeof collabEn> = {
  collab: {
    label: 'Corédaction',
    here: 'Également ici : {{names}}',
    status: {
      connecting: 'Connexion…',
      saved: 'Enregistré',
      saving: 'Enregistrement…',
      unstored: 'Pas encore enregistré — le serveur réessaie',
      reconnecting: 'Reconnexion…',
      offline: 'Hors ligne — vos modifications seront synchronisées',
      refused: "Impossible d'ouvrir ce document",
    },
  },
};

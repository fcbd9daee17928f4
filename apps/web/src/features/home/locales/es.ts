import type { Catalogue } from '../../i18n/catalogue';
import type { homeEn } from './en';

export const homeEs: Catalogue<typeof homeEn> = {
  home: {
    title: 'Bienvenido/a, {{name}}',
    whatNeedsMe: 'Lo que me espera',
    whatNeedsMeEmpty: 'Nada le espera por ahora.',
    whatNeedsMeHint: 'Aquí aparecerán las sesiones programadas para usted, las actas pendientes de aprobación y los plazos.',
    upcomingSessions: 'Próximas sesiones',
    myOrganizations: 'Mis organizaciones',
    noOrganizations: 'Todavía no es miembro de ninguna organización. Un administrador puede añadirle.',
    dossiers: 'Expedientes',
    dossiersEmpty: 'Todavía no hay expedientes — un facilitador le invitará a una consulta.',
    dossiersHint: 'Un expediente es un asunto sometido a consulta tripartita, como una reforma del código del trabajo.',
    mentions: {
      title: 'Menciones',
      loadFailed: 'No se pudieron cargar los comentarios que le mencionan.',
      empty: 'Ningún comentario le menciona todavía.',
      emptyHint: 'Cuando alguien le mencione con @ en un comentario, aparecerá aquí con un enlace a la disposición.',
      mentionedYou: '<strong>{{name}}</strong> le ha mencionado',
      announce: '{{name}} le ha mencionado en {{place}}.',
      provision: 'Una disposición',
      new: 'Nuevo',
      earlierVersion: 'en la versión {{version}}',
      showAll: 'Mostrar todas ({{total}})',
      showFewer: 'Mostrar menos',
    },
  },
};

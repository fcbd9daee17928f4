import type { Catalogue } from '../../i18n/catalogue';
import type { homeEn } from './en';

export const homeFr: Catalogue<typeof homeEn> = {
  home: {
    title: 'Bienvenue, {{name}}',
    whatNeedsMe: 'Ce qui m’attend',
    whatNeedsMeEmpty: "Rien ne vous attend pour l'instant.",
    whatNeedsMeHint: 'Les sessions prévues pour vous, les procès-verbaux à approuver et les échéances apparaîtront ici.',
    upcomingSessions: 'Séances à venir',
    myOrganizations: 'Mes organisations',
    noOrganizations: "Vous n'êtes membre d'aucune organisation pour l'instant. Un administrateur peut vous y ajouter.",
    dossiers: 'Dossiers',
    dossiersEmpty: 'Aucun dossier pour le moment — un facilitateur vous invitera à une consultation.',
    dossiersHint: 'Un dossier est une question soumise à consultation tripartite, comme une modification du code du travail.',
    mentions: {
      title: 'Mentions',
      loadFailed: 'Impossible de charger les commentaires qui vous mentionnent.',
      empty: 'Aucun commentaire ne vous mentionne pour l’instant.',
      emptyHint: 'Quand quelqu’un vous cite avec @ dans un commentaire, il apparaît ici avec un lien vers la disposition.',
      mentionedYou: '<strong>{{name}}</strong> vous cite',
      announce: '{{name}} vous cite dans {{place}}.',
      provision: 'Une disposition',
      new: 'Nouveau',
      earlierVersion: 'sur la version {{version}}',
      showAll: 'Tout afficher ({{total}})',
      showFewer: 'Afficher moins',
    },
  },
};

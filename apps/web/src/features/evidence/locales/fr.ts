import type { Catalogue } from '../../i18n/catalogue';
import type { evidenceEn } from './en';

export const evidenceFr: Catalogue<typeof evidenceEn> = {
  evidence: {
    tab: 'Registre',
    heading: 'Dossier de preuve C144',
    intro: 'Ce que la piste d’audit de ce dossier prouve de la consultation, pour les rapports du gouvernement à l’OIT. Chaque fait renvoie à l’événement de la chaîne d’audit qui l’enregistre.',
    loadFailed: 'Impossible de charger le dossier de preuve.',
    generated: 'Établi le {{date}} à partir de la piste d’audit jusqu’à l’événement {{event}}.',
    opened: 'Dossier ouvert le {{date}} (événement {{event}}).',
    subject: 'Objet : {{citation}} (événement {{event}}).',
    noSubject: 'Objet au titre de la C144, article 5, paragraphe 1 : aucun indiqué.',
    event: 'Événement',
    date: 'Date',
    none: 'Rien d’enregistré pour l’instant.',
    print: 'Imprimer',
    export: { label: 'Télécharger le dossier de preuve', pdf: 'PDF', docx: 'Word', pdfLabel: 'Télécharger le dossier de preuve en PDF/A', docxLabel: 'Télécharger le dossier de preuve en document Word', failed: 'Impossible de télécharger le dossier de preuve.' },
    invitations: { heading: 'Représentants désignés', person: 'Personne', organization: 'Organisation', side: 'Partie', lead: 'chef de délégation', roles: { DELEGATE: 'Délégué', FACILITATOR: 'Facilitateur', OBSERVER: 'Observateur' } },
    drafts: { heading: 'Versions du projet communiquées', version: 'Version', to: 'Communiquée à', version_label: 'Version {{version}}' },
    sessions: {
      heading: 'Séances tenues',
      title: 'Séance',
      attendance: 'Présences',
      draft: 'Projet en main',
      daysBefore_one: 'version {{version}}, communiquée {{count}} jour avant',
      daysBefore_other: 'version {{version}}, communiquée {{count}} jours avant',
      noDraft: 'aucun projet communiqué avant',
      closed: 'close le {{date}} (événement {{event}})',
    },
    sides: { GOVERNMENT: 'Gouvernement', EMPLOYERS: 'Employeurs', WORKERS: 'Travailleurs', OTHERS: 'Autres' },
    submissions: { heading: 'Positions soumises', side: 'Partie', number: 'Soumission', version: 'Sur la version' },
    outcomes: { heading: 'Résultats', item: 'Point', session: 'Séance', outcome: 'Résultat' },
    responses: { heading: 'Réponses du gouvernement', count: '{{answered}} contributions sur {{total}} ont reçu une réponse', provision: 'Disposition', side: 'Contribution des', verdict: 'Réponse' },
    minutes: { heading: 'Procès-verbaux scellés', session: 'Séance', revision: 'Révision', hash: 'SHA-256', kinds: { MINUTES: 'Procès-verbal', ADDENDUM: 'Addendum' } },
  },
};

import type { Catalogue } from '../../i18n/catalogue';
import type { authEn } from './en';

export const authFr: Catalogue<typeof authEn> = {
  signIn: {
    title: 'Se connecter à Tripart',
    intro: 'Consultations sur les réformes du droit du travail entre gouvernement, employeurs et travailleurs.',
    email: 'E-mail',
    password: 'Mot de passe',
    submit: 'Se connecter',
    failed: 'E-mail ou mot de passe incorrect',
    invitedHint: "Nouveau ? Utilisez le lien d'invitation reçu par e-mail pour créer votre compte.",
  },
  invitation: {
    title: 'Accepter votre invitation',
    intro: '{{name}}, vous êtes invité·e à rejoindre {{organization}} sur Tripart.',
    account: 'Votre compte utilisera <strong>{{email}}</strong>.',
    expires: "Cette invitation est valable jusqu'au {{date}}.",
    password: 'Choisissez un mot de passe',
    passwordHint: 'Au moins {{min}} caractères. Une courte phrase se retient facilement.',
    confirm: 'Confirmez le mot de passe',
    submit: 'Créer mon compte',
    invalidTitle: 'Cette invitation ne peut pas être utilisée',
    invalidBody: "Le lien a expiré, a déjà servi ou est incomplet. Demandez à la personne qui vous a invité·e de vous en envoyer un nouveau.",
    goToSignIn: 'Aller à la connexion',
  },
};

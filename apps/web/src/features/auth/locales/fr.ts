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
    introAdministrator: '{{name}}, vous êtes invité·e à administrer Tripart.',
    account: 'Votre compte utilisera <strong>{{email}}</strong>.',
    expires: "Cette invitation est valable jusqu'au {{date}}.",
    password: 'Choisissez un mot de passe',
    passwordHint: 'Au moins {{min}} caractères. Une courte phrase se retient facilement.',
    weak: {
      repeated: 'Trop facile à deviner : les caractères répétés comme « aaa » sont parmi les premiers essayés.',
      sequence: 'Trop facile à deviner : les suites et rangées du clavier (abc, 123, azerty) sont parmi les premières essayées.',
      common: 'Trop facile à deviner : ce mot de passe est très répandu.',
      singleWord: 'Trop facile à deviner : un mot seul figure dans tous les dictionnaires. Ajoutez quelques mots.',
      names: 'Trop facile à deviner : un nom seul figure dans toutes les listes. Ajoutez quelques mots inhabituels.',
      dates: 'Trop facile à deviner : les dates et les années sont parmi les premières essayées.',
      personal: 'Trop facile à deviner : il contient votre nom, votre e-mail ou votre organisation.',
      guessable: 'Trop facile à deviner. Ajoutez quelques mots, les plus inhabituels possible.',
    },
    confirm: 'Confirmez le mot de passe',
    submit: 'Créer mon compte',
    invalidTitle: 'Cette invitation ne peut pas être utilisée',
    invalidBody: "Le lien a expiré, a déjà servi ou est incomplet. Demandez à la personne qui vous a invité·e de vous en envoyer un nouveau.",
    goToSignIn: 'Aller à la connexion',
  },
};

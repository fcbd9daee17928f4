import type { Catalogue } from '../../i18n/catalogue';
import type { authEn } from './en';

export const authEs: Catalogue<typeof authEn> = {
  signIn: {
    title: 'Iniciar sesión en Tripart',
    intro: 'Consultas sobre reformas del derecho laboral entre gobierno, empleadores y trabajadores.',
    email: 'Correo electrónico',
    password: 'Contraseña',
    submit: 'Iniciar sesión',
    failed: 'El correo electrónico o la contraseña son incorrectos',
    invitedHint: '¿Es nuevo? Use el enlace de invitación que recibió por correo para crear su cuenta.',
  },
  invitation: {
    title: 'Aceptar su invitación',
    intro: '{{name}}, está invitado/a a unirse a {{organization}} en Tripart.',
    account: 'Su cuenta usará <strong>{{email}}</strong>.',
    expires: 'Esta invitación es válida hasta el {{date}}.',
    password: 'Elija una contraseña',
    passwordHint: 'Al menos {{min}} caracteres. Una frase corta es fácil de recordar.',
    confirm: 'Confirme la contraseña',
    submit: 'Crear mi cuenta',
    invalidTitle: 'Esta invitación no se puede usar',
    invalidBody: 'El enlace ha caducado, ya se usó o está incompleto. Pida a quien le invitó que le envíe uno nuevo.',
    goToSignIn: 'Ir al inicio de sesión',
  },
};

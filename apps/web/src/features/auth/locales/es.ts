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
    introAdministrator: '{{name}}, está invitado/a a administrar Tripart.',
    account: 'Su cuenta usará <strong>{{email}}</strong>.',
    expires: 'Esta invitación es válida hasta el {{date}}.',
    password: 'Elija una contraseña',
    passwordHint: 'Al menos {{min}} caracteres. Una frase corta es fácil de recordar.',
    weak: {
      repeated: 'Demasiado fácil de adivinar: los caracteres repetidos como «aaa» son de lo primero que se prueba.',
      sequence: 'Demasiado fácil de adivinar: las secuencias y filas del teclado (abc, 123, qwerty) son de lo primero que se prueba.',
      common: 'Demasiado fácil de adivinar: es una contraseña muy usada.',
      singleWord: 'Demasiado fácil de adivinar: una sola palabra está en todos los diccionarios. Añada algunas palabras más.',
      names: 'Demasiado fácil de adivinar: un nombre solo está en todas las listas. Añada algunas palabras poco comunes.',
      dates: 'Demasiado fácil de adivinar: las fechas y los años son de lo primero que se prueba.',
      personal: 'Demasiado fácil de adivinar: contiene su nombre, su correo o su organización.',
      guessable: 'Demasiado fácil de adivinar. Añada algunas palabras más, cuanto menos comunes mejor.',
    },
    confirm: 'Confirme la contraseña',
    submit: 'Crear mi cuenta',
    invalidTitle: 'Esta invitación no se puede usar',
    invalidBody: 'El enlace ha caducado, ya se usó o está incompleto. Pida a quien le invitó que le envíe uno nuevo.',
    goToSignIn: 'Ir al inicio de sesión',
  },
};

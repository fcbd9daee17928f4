/** Auth strings, English: the reference the other languages must match. */
export const authEn = {
  signIn: {
    title: 'Sign in to Tripart',
    intro: 'Consultations on labour-law reforms between government, employers and workers.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    failed: 'Email or password is incorrect',
    invitedHint: 'New here? Use the invitation link you received by email to create your account.',
  },
  invitation: {
    title: 'Accept your invitation',
    intro: '{{name}}, you are invited to join {{organization}} on Tripart.',
    account: 'Your account will use <strong>{{email}}</strong>.',
    expires: 'This invitation is valid until {{date}}.',
    password: 'Choose a password',
    passwordHint: 'At least {{min}} characters. A short sentence is easy to remember.',
    confirm: 'Confirm the password',
    submit: 'Create my account',
    invalidTitle: "This invitation can't be used",
    invalidBody: 'The link has expired, was already used, or is incomplete. Ask the person who invited you to send a new one.',
    goToSignIn: 'Go to sign-in',
  },
};

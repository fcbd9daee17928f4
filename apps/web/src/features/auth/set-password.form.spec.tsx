import { fireEvent, screen } from '@testing-library/react';
import type { ProblemDetails } from '../../shared/errors/graphql-error';
import { renderWithProviders } from '../../test/render-with-providers';
import { SetPasswordForm } from './set-password.form';

const weak = (reason: string): ProblemDetails => ({
  code: 'BAD_USER_INPUT',
  fieldErrors: [{ field: 'password', constraint: 'passwordStrength', reason, message: 'Choose a stronger password: repeated characters are easy to guess.' }],
});

describe('SetPasswordForm', () => {
  it('says why the server found the password too easy to guess, beside the field', () => {
    renderWithProviders(<SetPasswordForm onSubmit={jest.fn()} submitting={false} problem={weak('repeated')} />);
    expect(screen.getByText(/repeated characters like “aaa”/)).toBeTruthy();
    expect(screen.getByLabelText(/Choose a password/).getAttribute('aria-invalid')).toBe('true');
  });

  it('says it in the person’s language', () => {
    renderWithProviders(<SetPasswordForm onSubmit={jest.fn()} submitting={false} problem={weak('personal')} />, { locale: 'fr' });
    expect(screen.getByText(/il contient votre nom, votre e-mail ou votre organisation/)).toBeTruthy();
    renderWithProviders(<SetPasswordForm onSubmit={jest.fn()} submitting={false} problem={weak('sequence')} />, { locale: 'es' });
    expect(screen.getByText(/las secuencias y filas del teclado/)).toBeTruthy();
  });

  it('falls back to a general reason it does not know', () => {
    renderWithProviders(<SetPasswordForm onSubmit={jest.fn()} submitting={false} problem={weak('something-new')} />);
    expect(screen.getByText(/Too easy to guess\. Add a few more words/)).toBeTruthy();
  });

  it('still checks the length before asking the server', () => {
    const onSubmit = jest.fn();
    renderWithProviders(<SetPasswordForm onSubmit={onSubmit} submitting={false} problem={null} />);
    fireEvent.change(screen.getByLabelText(/Choose a password/), { target: { value: 'short' } });
    fireEvent.change(screen.getByLabelText(/Confirm the password/), { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button'));
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render-with-providers';
import { SignInForm } from './sign-in.form';

function submitEmpty(locale = 'en') {
  const onSubmit = jest.fn();
  renderWithProviders(<SignInForm onSubmit={onSubmit} submitting={false} problem={null} />, { locale });
  fireEvent.click(screen.getByRole('button'));
  return onSubmit;
}

describe('SignInForm', () => {
  it('flags both empty fields next to them and does not submit', () => {
    const onSubmit = submitEmpty();
    expect(screen.getAllByText('This field is required')).toHaveLength(2);
    expect(screen.getByLabelText(/Email/).getAttribute('aria-invalid')).toBe('true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('says so in the chosen language', () => {
    submitEmpty('es');
    expect(screen.getAllByText('Este campo es obligatorio')).toHaveLength(2);
  });

  it('rejects a malformed email before calling the server', () => {
    const onSubmit = jest.fn();
    renderWithProviders(<SignInForm onSubmit={onSubmit} submitting={false} problem={null} />);
    fireEvent.change(screen.getByLabelText(/Email/), { target: { value: 'not-an-email' } });
    fireEvent.change(screen.getByLabelText(/Password/), { target: { value: 'whatever' } });
    fireEvent.click(screen.getByRole('button'));
    expect(screen.getByText(/Enter a valid email address/)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('says how long a lock lasts, in the chosen language', () => {
    renderWithProviders(
      <SignInForm onSubmit={jest.fn()} submitting={false} problem={{ code: 'RATE_LIMITED', fieldErrors: [], retryAfterSeconds: 840 }} />,
      { locale: 'fr' },
    );
    expect(screen.getByRole('alert').textContent).toContain('Réessayez dans 14 minutes');
  });

  it('shows a wrong password as a sign-in failure, not a technical error', () => {
    renderWithProviders(
      <SignInForm onSubmit={jest.fn()} submitting={false} problem={{ code: 'UNAUTHENTICATED', fieldErrors: [] }} />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Email or password is incorrect');
  });

  it('places server field errors beside their field', () => {
    renderWithProviders(
      <SignInForm
        onSubmit={jest.fn()}
        submitting={false}
        problem={{ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'email', message: 'email must be an email', constraint: 'isEmail' }] }}
      />,
    );
    const email = screen.getByLabelText(/Email/);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Enter a valid email address/)).toBeTruthy();
  });

  it('submits trimmed credentials', () => {
    const onSubmit = jest.fn();
    renderWithProviders(<SignInForm onSubmit={onSubmit} submitting={false} problem={null} />);
    fireEvent.change(screen.getByLabelText(/Email/), { target: { value: ' gov.lead@tripart.example ' } });
    fireEvent.change(screen.getByLabelText(/Password/), { target: { value: 'Tripart-demo-2026' } });
    fireEvent.click(screen.getByRole('button'));
    expect(onSubmit).toHaveBeenCalledWith({ email: 'gov.lead@tripart.example', password: 'Tripart-demo-2026' });
  });
});

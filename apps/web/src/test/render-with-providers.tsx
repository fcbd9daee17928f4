import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../features/i18n/i18n';
import { theme } from '../app/theme';

/** Mantine + i18next around a component, for tests that need no API. */
export function renderWithProviders(ui: ReactElement, { locale = 'en' }: { locale?: string } = {}) {
  const i18n = createI18n(locale);
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} env="test">
        {ui}
      </MantineProvider>
    </I18nextProvider>,
  );
}

import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProviders } from './app/app.providers';
import { router } from './app/router';
import { createI18n } from './features/i18n/i18n';
import { tokenStore } from './features/auth/token-store.instance';

const i18n = createI18n();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AppProviders i18n={i18n} tokens={tokenStore}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);

import { createBrowserRouter, Navigate } from 'react-router';
import { SignInPage } from '../features/auth/sign-in.page';
import { InvitationPage } from '../features/auth/invitation.page';
import { RequireSession } from '../features/auth/require-session.guard';
import { RequireAdmin } from '../features/auth/require-admin.guard';
import { AppLayout } from '../features/shell/app.layout';
import { HomePage } from '../features/home/home.page';
import { NotFoundPage } from '../features/shell/not-found.page';
import { RouteErrorPage } from '../features/shell/route-error.page';

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteErrorPage /> },
  { path: '/invitation', element: <InvitationPage />, errorElement: <RouteErrorPage /> },
  {
    element: <RequireSession />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        path: 'sessions/:id/projector',
        lazy: async () => ({ Component: (await import('../features/sessions/live/projector.page')).ProjectorPage }),
      },
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'dossiers',
            lazy: async () => ({ Component: (await import('../features/dossiers/dossiers.page')).DossiersPage }),
          },
          {
            path: 'dossiers/:id/:tab?',
            lazy: async () => ({ Component: (await import('../features/dossiers/dossier.page')).DossierPage }),
          },
          {
            path: 'ratifications/:countryCode?',
            lazy: async () => ({ Component: (await import('../features/ratifications/ratifications.page')).RatificationsPage }),
          },
          {
            path: 'sessions/:id/minutes',
            lazy: async () => ({ Component: (await import('../features/minutes/minutes.page')).MinutesPage }),
          },
          {
            path: 'sessions/:id',
            lazy: async () => ({ Component: (await import('../features/sessions/live/session.page')).SessionPage }),
          },
          {
            path: 'admin',
            element: <RequireAdmin />,
            children: [
              { index: true, element: <Navigate to="users" replace /> },
              {
                path: 'users',
                lazy: async () => ({ Component: (await import('../features/admin/users.page')).UsersPage }),
              },
              {
                path: 'organizations',
                lazy: async () => ({
                  Component: (await import('../features/admin/organizations.page')).OrganizationsPage,
                }),
              },
              {
                path: 'audit',
                lazy: async () => ({ Component: (await import('../features/audit/audit.page')).AuditPage }),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

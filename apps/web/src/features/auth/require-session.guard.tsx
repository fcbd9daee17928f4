import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageLoader } from '../../shared/ui/full-page-loader';
import { useSession } from './use-session';

/** Signed-out people go to sign-in, and come back here afterwards. */
export function RequireSession() {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'restoring') return <FullPageLoader />;
  if (status === 'signedOut') {
    const from = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to="/sign-in" replace state={{ from }} />;
  }
  return <Outlet />;
}

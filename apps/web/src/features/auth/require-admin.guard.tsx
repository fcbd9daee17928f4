import { Navigate, Outlet } from 'react-router';
import { useSession } from './use-session';

/** Administration is for platform administrators; everyone else goes home. */
export function RequireAdmin() {
  const { me } = useSession();
  if (!me) return null;
  if (!me.abilities?.canManagePeople) return <Navigate to="/" replace />;
  return <Outlet />;
}

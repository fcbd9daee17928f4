import { useEffect, useRef } from 'react';
import type { ServerEventPayload } from '@tripart/contracts';
import { useRealtimeSocket } from './realtime.context';

export interface DossierWatchHandlers {
  onCommentChanged?(event: ServerEventPayload<'comment:changed'>): void;
  onAccessChanged?(event: ServerEventPayload<'dossier:access-changed'>): void;
}

/**
 * Joins the dossier's live rooms while the page is open (and again after every
 * reconnection, since rooms do not survive one), leaves them when it closes.
 */
export function useDossierWatch(dossierId: string | null, handlers: DossierWatchHandlers): void {
  const socket = useRealtimeSocket();
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    if (!socket || !dossierId) return undefined;
    const watch = () => {
      socket.emit('dossier:watch', { dossierId }, () => undefined);
    };
    const onComment = (event: ServerEventPayload<'comment:changed'>) => {
      if (event.dossierId === dossierId) latest.current.onCommentChanged?.(event);
    };
    const onAccess = (event: ServerEventPayload<'dossier:access-changed'>) => {
      if (event.dossierId === dossierId) latest.current.onAccessChanged?.(event);
    };
    if (socket.connected) watch();
    socket.on('connect', watch);
    socket.on('comment:changed', onComment);
    socket.on('dossier:access-changed', onAccess);
    return () => {
      socket.off('connect', watch);
      socket.off('comment:changed', onComment);
      socket.off('dossier:access-changed', onAccess);
      if (socket.connected) socket.emit('dossier:unwatch', { dossierId }, () => undefined);
    };
  }, [socket, dossierId]);
}

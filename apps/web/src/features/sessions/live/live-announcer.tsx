import { useEffect, useRef, useState } from 'react';
import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveSessionStateFragment } from '../../../gql/graphql';

/** Announces, politely, who has the floor and how the queue (and my place in it) changes. */
export function LiveAnnouncer({ state, myUserId }: { state: LiveSessionStateFragment; myUserId: string | null }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const previous = useRef<{ floor: string | null; queue: string; mine: number | null } | null>(null);

  const floorKey = state.floor ? state.floor.hand.id : null;
  const queueKey = state.queue.map((entry) => entry.hand.id).join(',');
  const mine = myUserId ? (state.queue.find((entry) => entry.hand.userId === myUserId)?.position ?? null) : null;

  useEffect(() => {
    const before = previous.current;
    previous.current = { floor: floorKey, queue: queueKey, mine };
    if (!before) return;
    const parts: string[] = [];
    if (before.floor !== floorKey) {
      parts.push(
        state.floor
          ? t('live.announce.floor', { name: state.floor.person.displayName, side: t(`sides.${state.floor.hand.constituency}`) })
          : t('live.announce.floorFree'),
      );
    }
    if (before.mine !== mine) {
      parts.push(mine ? t('live.announce.myPlace', { position: mine }) : before.mine ? t('live.announce.myHandDone') : '');
    } else if (before.queue !== queueKey) {
      parts.push(t('live.announce.queue', { count: state.queue.length }));
    }
    const text = parts.filter(Boolean).join(' ');
    if (text) setMessage(text);
  }, [floorKey, queueKey, mine, state.floor, state.queue.length, t]);

  return (
    <VisuallyHidden role="status" aria-live="polite" data-testid="live-announcer">
      {message}
    </VisuallyHidden>
  );
}

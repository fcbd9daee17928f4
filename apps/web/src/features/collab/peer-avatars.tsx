import { Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { initials } from './user-colour';
import type { Peer } from './use-collab-document';

/** Who else is working here: initials on their caret colour, names for screen readers and on hover. */
export function PeerAvatars({ peers, max = 4 }: { peers: Peer[]; max?: number }) {
  const { t } = useTranslation();
  if (peers.length === 0) return null;
  const names = peers.map((peer) => peer.user.name);
  const shown = peers.slice(0, max);
  return (
    <Group gap={2} wrap="nowrap" role="img" aria-label={t('collab.here', { names: names.join(', ') })} data-peers={names.join('|')}>
      {shown.map((peer) => (
        <Tooltip key={peer.clientId} label={peer.user.name} withArrow>
          <span
            aria-hidden="true"
            style={{
              display: 'inline-flex',
              alignItems: 'center',
              justifyContent: 'center',
              width: 24,
              height: 24,
              borderRadius: '50%',
              background: peer.user.color,
              color: '#fff',
              fontSize: 11,
              fontWeight: 700,
              border: '2px solid #fff',
            }}
          >
            {initials(peer.user.name)}
          </span>
        </Tooltip>
      ))}
      {peers.length > max && (
        <span aria-hidden="true" style={{ fontSize: 12, fontWeight: 600, marginInlineStart: 4 }}>
          +{peers.length - max}
        </span>
      )}
    </Group>
  );
}

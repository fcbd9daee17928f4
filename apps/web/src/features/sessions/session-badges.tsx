import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutcomeKind, SessionStatus, SideStance } from '../../gql/graphql';

/** Outcome colours: never the only cue, the words always come with them. */
export const OUTCOME_STYLES: Record<OutcomeKind, { background: string; color: string; border: string; mark: string }> = {
  CONSENSUS: { background: '#dcf3e3', color: '#0b4a1f', border: '#1f7a3a', mark: '✓' },
  CONSENSUS_WITH_RESERVATIONS: { background: '#e6f0fb', color: '#0b3a6b', border: '#2f6fb3', mark: '✓*' },
  NO_CONSENSUS: { background: '#fde2e1', color: '#7d1d18', border: '#b42318', mark: '✕' },
  DEFERRED: { background: '#eeeeee', color: '#333333', border: '#6b6b6b', mark: '…' },
};

export const STANCE_STYLES: Record<SideStance, { background: string; color: string; border: string }> = {
  AGREE: { background: '#dcf3e3', color: '#0b4a1f', border: '#1f7a3a' },
  AGREE_WITH_RESERVATION: { background: '#e6f0fb', color: '#0b3a6b', border: '#2f6fb3' },
  DISAGREE: { background: '#fde2e1', color: '#7d1d18', border: '#b42318' },
  ABSTAIN: { background: '#eeeeee', color: '#333333', border: '#6b6b6b' },
};

export function OutcomeBadge({ outcome, size = 'sm' }: { outcome: OutcomeKind; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  const style = OUTCOME_STYLES[outcome];
  return (
    <Badge
      size={size}
      radius="sm"
      tt="none"
      fw={600}
      data-outcome={outcome}
      styles={{ root: { background: style.background, color: style.color, border: `1px solid ${style.border}`, overflow: 'visible', height: 'auto', minHeight: 20 }, label: { whiteSpace: 'normal', overflow: 'visible' } }}
      leftSection={<span aria-hidden="true">{style.mark}</span>}
    >
      {t(`outcomes.kinds.${outcome}`)}
    </Badge>
  );
}

export function StanceBadge({ stance, size = 'sm' }: { stance: SideStance; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  const style = STANCE_STYLES[stance];
  return (
    <Badge size={size} radius="sm" tt="none" fw={600} data-stance={stance} styles={{ root: { background: style.background, color: style.color, border: `1px solid ${style.border}`, height: 'auto', minHeight: 18 }, label: { whiteSpace: 'normal', overflow: 'visible' } }}>
      {t(`live.stances.${stance}`)}
    </Badge>
  );
}

const STATUS_COLORS: Record<SessionStatus, { background: string; color: string; border: string }> = {
  SCHEDULED: { background: '#eef1f6', color: '#27364d', border: '#5b6b82' },
  LIVE: { background: '#dcf3e3', color: '#0b4a1f', border: '#1f7a3a' },
  ADJOURNED: { background: '#fff1d6', color: '#6b3d00', border: '#b35c00' },
  CLOSED: { background: '#eeeeee', color: '#333333', border: '#6b6b6b' },
};

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation();
  const style = STATUS_COLORS[status];
  return (
    <Badge size="sm" radius="sm" tt="none" fw={600} data-status={status} styles={{ root: { background: style.background, color: style.color, border: `1px solid ${style.border}` } }}>
      {status === 'LIVE' && <span aria-hidden="true">● </span>}
      {t(`sessions.statuses.${status}`)}
    </Badge>
  );
}

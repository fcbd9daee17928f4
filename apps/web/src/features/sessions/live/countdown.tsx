import { useEffect, useRef, useState } from 'react';
import { Box, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countdownPhase, formatClock, secondsLeft, type CountdownPhase } from './session-clock';

const COLORS: Record<CountdownPhase, { color: string; background: string; border: string }> = {
  normal: { color: 'var(--mantine-color-gray-9)', background: 'var(--mantine-color-white)', border: 'var(--mantine-color-gray-4)' },
  warning: { color: '#7a4100', background: '#fff1d6', border: '#b35c00' },
  over: { color: '#8a1c13', background: '#fde2e1', border: '#b42318' },
};

const PROJECTOR: Record<CountdownPhase, { color: string; background: string; border: string }> = {
  normal: { color: '#ffffff', background: '#000000', border: '#ffffff' },
  warning: { color: '#ffd166', background: '#000000', border: '#ffd166' },
  over: { color: '#ff8a80', background: '#000000', border: '#ff8a80' },
};

/** Seconds left on the server's clock, ticking locally. */
export function useSecondsLeft(deadline: string | null | undefined, offset: number): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!deadline) return undefined;
    const id = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(id);
  }, [deadline]);
  return secondsLeft(deadline, now, offset);
}

/**
 * A large countdown against the server clock: colour and words change in the
 * last 30 seconds and when time is up, and those two moments are announced.
 */
export function Countdown({
  deadline,
  offset,
  label,
  size = 'lg',
  projector = false,
}: {
  deadline: string | null | undefined;
  offset: number;
  label: string;
  size?: 'md' | 'lg' | 'xl';
  projector?: boolean;
}) {
  const { t } = useTranslation();
  const left = useSecondsLeft(deadline, offset);
  const phase: CountdownPhase = left === null ? 'normal' : countdownPhase(left);
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef<{ deadline: string | null | undefined; phase: CountdownPhase }>({ deadline, phase });

  useEffect(() => {
    const previous = announced.current;
    announced.current = { deadline, phase };
    if (left === null || (previous.deadline === deadline && previous.phase === phase)) return;
    if (previous.deadline !== deadline) {
      setAnnouncement('');
      return;
    }
    if (phase === 'warning') setAnnouncement(t('live.clock.warning'));
    if (phase === 'over') setAnnouncement(t('live.clock.over'));
  }, [deadline, phase, left, t]);

  if (left === null) return null;
  const palette = (projector ? PROJECTOR : COLORS)[phase];
  const fontSize = size === 'xl' ? 'min(16vw, 27vh)' : size === 'lg' ? 56 : 32;
  return (
    <Box
      data-phase={phase}
      data-testid="countdown"
      px="md"
      py={size === 'xl' ? 0 : 'xs'}
      style={{ background: palette.background, color: palette.color, border: `3px solid ${palette.border}`, borderRadius: 8, textAlign: 'center' }}
    >
      <Text
        role="timer"
        aria-label={`${label}: ${formatClock(left)}`}
        fw={700}
        ff="monospace"
        lh={1.05}
        style={{ fontSize, color: palette.color, fontVariantNumeric: 'tabular-nums' }}
      >
        {formatClock(left)}
      </Text>
      <Text fw={600} size={size === 'xl' ? '1.8rem' : 'sm'} style={{ color: palette.color }} aria-hidden="true">
        {phase === 'over' ? t('live.clock.overShort') : phase === 'warning' ? t('live.clock.warningShort') : label}
      </Text>
      <VisuallyHidden role="status" aria-live="assertive">
        {announcement}
      </VisuallyHidden>
    </Box>
  );
}

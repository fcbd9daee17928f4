import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VerdictBadge } from '../responses/verdict-badge';
import type { PositionStance, SidePosition } from './outcomes-matrix';

/** Ink on tint ≥ 7:1, with a mark and the words: never colour alone. */
const POSITION_STYLES: Record<PositionStance, { background: string; color: string; border: string; mark: string }> = {
  SUPPORT: { background: '#dcf3e3', color: '#0b4a1f', border: '#1f7a3a', mark: '✓' },
  SUPPORT_WITH_AMENDMENTS: { background: '#e6f0fb', color: '#0b3a6b', border: '#2f6fb3', mark: '✎' },
  OPPOSE: { background: '#fde2e1', color: '#7d1d18', border: '#b42318', mark: '✕' },
  RESERVE: { background: '#fff3d6', color: '#5c3b00', border: '#a86b00', mark: '!' },
  NO_POSITION: { background: '#eeeeee', color: '#333333', border: '#6b6b6b', mark: '–' },
};

/** One side on one provision: its submitted position, its reservation at the outcome, the government's verdict. */
export function PositionCell({ position, reservation }: { position: SidePosition | undefined; reservation: string | null | undefined }) {
  const { t } = useTranslation();
  const style = position ? POSITION_STYLES[position.stance] : null;
  return (
    <Stack gap={4} align="flex-start">
      {position && style ? (
        <Badge
          size="xs"
          radius="sm"
          tt="none"
          fw={600}
          data-position={position.stance}
          styles={{ root: { background: style.background, color: style.color, border: `1px solid ${style.border}`, height: 'auto', minHeight: 18 }, label: { whiteSpace: 'normal' } }}
          leftSection={<span aria-hidden="true">{style.mark}</span>}
        >
          {t(`positions.stances.${position.stance}`)}
        </Badge>
      ) : (
        <Text size="xs" c="gray.7">
          {t('outcomes.noPosition')}
        </Text>
      )}
      {reservation && <Text size="xs">{t('live.reservationQuote', { text: reservation })}</Text>}
      {position?.verdict ? (
        <Text size="xs" component="span">
          <Text span size="xs" c="gray.7">
            {t('outcomes.responseLabel')}{' '}
          </Text>
          <VerdictBadge verdict={position.verdict} />
        </Text>
      ) : (
        position?.contribution && (
          <Text size="xs" fs="italic" c="gray.7" data-no-response>
            {t('outcomes.noResponse')}
          </Text>
        )
      )}
    </Stack>
  );
}

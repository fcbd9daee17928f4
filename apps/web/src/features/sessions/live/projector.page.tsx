import { Box, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { problemOf } from '../../../shared/errors/graphql-error';
import { SIDE_STYLES } from '../../../shared/ui/side-style';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { useSession } from '../../auth/use-session';
import { RealtimeContext } from '../../realtime/realtime.context';
import { useConnectionStatus } from '../../shell/use-connection-status';
import type { Constituency } from '@tripart/contracts';
import { Countdown } from './countdown';
import { LiveAnnouncer } from './live-announcer';
import { LiveLinkIndicator } from './live-link-indicator';
import { ProjectorConsensus } from './projector-consensus';
import { useLiveSession } from './use-live-session';

const INK = '#ffffff';
const MUTED = '#d9d9d9';

function SideMark({ side, size }: { side: Constituency; size: number }) {
  const { t } = useTranslation();
  const { accent, tint, ink, Icon } = SIDE_STYLES[side];
  return (
    <Group gap={8} wrap="nowrap" px={12} py={4} style={{ background: tint, color: ink, borderRadius: 6, border: `3px solid ${accent}` }} data-side={side}>
      <Icon size={size} />
      <Text fw={700} style={{ fontSize: size, color: ink }}>
        {t(`sides.${side}`)}
      </Text>
    </Group>
  );
}

function ProjectorView() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const live = useLiveSession(id);
  const { state } = live;
  useDocumentTitle(state ? t('live.projectorTitle', { title: state.title }) : t('live.projector'));
  const code = problemOf(live.error)?.code;

  const item = state?.currentRound ? state.agenda.find((candidate) => candidate.id === state.currentRound?.agendaItemId) : null;
  const next = state?.queue.slice(0, 3) ?? [];

  return (
    <Box component="main" mih="100vh" px="xl" py="md" style={{ background: '#000000', color: INK }} data-testid="projector">
      {!state ? (
        <Text style={{ fontSize: 40, color: INK }}>{code ? t('live.goneTitle') : t('common.loading')}</Text>
      ) : (
        <Stack gap="md">
          <LiveAnnouncer state={state} myUserId={null} />
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4} miw={0}>
              <Text style={{ fontSize: 24, color: MUTED }}>
                {state.title}
                {state.currentRound && ` · ${t(`live.roundKinds.${state.currentRound.kind}`)}`}
              </Text>
              <Title order={1} style={{ fontSize: 'clamp(36px, 5vw, 72px)', color: INK, lineHeight: 1.1 }}>
                {item?.title ?? (state.status === 'LIVE' ? t('live.noRound') : t(`sessions.statuses.${state.status}`))}
              </Title>
            </Stack>
            <LiveLinkIndicator link={live.link} inverse />
          </Group>

          {state.floor ? (
            <Stack gap="md" style={{ borderInlineStart: `16px solid ${SIDE_STYLES[state.floor.hand.constituency].accent}`, paddingInlineStart: 24 }}>
              <Group gap="lg" wrap="wrap">
                <Text fw={700} style={{ fontSize: 'clamp(36px, 5vw, 72px)', color: INK, lineHeight: 1.1 }} data-testid="projector-speaker">
                  {state.floor.person.displayName}
                </Text>
                <SideMark side={state.floor.hand.constituency} size={36} />
              </Group>
              <Countdown deadline={state.floor.deadline} offset={live.offset} label={t('live.clock.speakingTime')} size="xl" projector />
            </Stack>
          ) : state.currentRound?.kind === 'CAUCUS_BREAK' && state.currentRound.caucusEndsAt ? (
            <Stack gap="md">
              <Text fw={700} style={{ fontSize: 56, color: INK }}>
                {t('live.caucusUnderway')}
              </Text>
              <Countdown deadline={state.currentRound.caucusEndsAt} offset={live.offset} label={t('live.clock.caucusTime')} size="xl" projector />
            </Stack>
          ) : state.currentRound?.kind === 'CONSENSUS_CHECK' ? null : (
            <Text style={{ fontSize: 56, color: MUTED }}>{t('live.nobodySpeaks')}</Text>
          )}

          <ProjectorConsensus state={state} />

          <Stack component="section" gap="sm" aria-labelledby="projector-next">
            <Title order={2} id="projector-next" style={{ fontSize: 26, color: MUTED }}>
              {t('live.nextInQueue')}
            </Title>
            {next.length === 0 ? (
              <Text style={{ fontSize: 32, color: MUTED }}>{t('live.queueEmpty')}</Text>
            ) : (
              <Stack component="ol" gap={6} m={0} p={0}>
                {next.map((entry) => (
                  <Group component="li" key={entry.hand.id} gap="md" wrap="nowrap" style={{ listStyle: 'none', borderInlineStart: `10px solid ${SIDE_STYLES[entry.hand.constituency].accent}`, paddingInlineStart: 16 }}>
                    <Text fw={700} style={{ fontSize: 34, color: INK }}>
                      {entry.position}. {entry.person.displayName}
                    </Text>
                    <SideMark side={entry.hand.constituency} size={24} />
                    {entry.hand.kind !== 'NORMAL' && (
                      <Text fw={700} style={{ fontSize: 28, color: '#ffd166' }}>
                        {t(`live.handKinds.${entry.hand.kind as 'POINT_OF_ORDER'}`)}
                      </Text>
                    )}
                  </Group>
                ))}
              </Stack>
            )}
          </Stack>
        </Stack>
      )}
    </Box>
  );
}

/** Full screen for the room: the item, the speaker in their side's colour, the countdown, the next three. */
export function ProjectorPage() {
  const { tokens, status } = useSession();
  const { socket } = useConnectionStatus(tokens, status === 'signedIn');
  return (
    <RealtimeContext.Provider value={socket}>
      <ProjectorView />
    </RealtimeContext.Provider>
  );
}

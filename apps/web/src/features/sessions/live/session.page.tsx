import { useRef, useState } from 'react';
import { useQuery } from '@apollo/client';
import { Anchor, Box, Button, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SessionDossierDocument } from '../../../gql/graphql';
import { problemOf } from '../../../shared/errors/graphql-error';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { SideBadge } from '../../../shared/ui/side-badge';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { useSession } from '../../auth/use-session';
import { useDossierWatch } from '../../realtime/use-dossier-watch';
import { formatSessionTime } from '../format-session-time';
import { SessionStatusBadge } from '../session-badges';
import { AgendaList } from './agenda-list';
import { HandPanel, StanceDeclaration } from './delegate-panel';
import { OutcomeForm, RoundControls, SessionControls, TakeFloor } from './facilitator-controls';
import { FloorPanel } from './floor-panel';
import { ItemPane } from './item-pane';
import { JointTextPanel } from './joint-text.panel';
import { LiveAnnouncer } from './live-announcer';
import { LiveLinkIndicator } from './live-link-indicator';
import { OutcomeSummary } from './outcome-summary';
import { PresencePanel } from './presence-panel';
import { QueuePanel } from './queue-panel';
import { RoomComments } from './room-comments.panel';
import { SpeakingTotals } from './speaking-totals';
import { StancePanel } from './stance-panel';
import { useLiveAction } from './use-live-action';
import { useLiveSession, type LiveSession } from './use-live-session';
import { ActionError } from './action-error';
import { CaucusPanel } from './caucus-panel';
import type { LiveSessionStateFragment } from '../../../gql/graphql';

export function SessionGone() {
  const { t } = useTranslation();
  useDocumentTitle(t('live.goneTitle'));
  return (
    <Stack gap="sm" maw={560} py="xl">
      <Title order={1} fz="h2">
        {t('live.goneTitle')}
      </Title>
      <Text c="gray.7">{t('live.goneBody')}</Text>
      <Button component={Link} to="/dossiers" w="fit-content">
        {t('dossier.backToList')}
      </Button>
    </Stack>
  );
}

function FacilitatorQueue({ state, live }: { state: LiveSessionStateFragment; live: LiveSession }) {
  const action = useLiveAction(live.emit);
  const sessionId = state.id;
  const roundAllowsFloor = !!state.currentRound && state.currentRound.kind !== 'CAUCUS_BREAK';
  return (
    <Stack gap={4}>
      <QueuePanel
        state={state}
        myUserId={null}
        controls={{
          busy: !!action.pending || live.link !== 'live',
          canGive: state.status === 'LIVE' && roundAllowsFloor,
          onGive: (handId) => void action.run('give', 'floor:give', { sessionId, ...(handId ? { handId } : {}) }),
          onLower: (handId) => void action.run('lower', 'hand:lower', { sessionId, handId }),
          onReorder: (handIds) => void action.run('reorder', 'queue:reorder', { sessionId, handIds }),
          onMode: (mode) => void action.run('mode', 'queue:mode', { sessionId, mode }),
        }}
      />
      <ActionError code={action.failure?.code} onClose={action.clear} />
    </Stack>
  );
}

/** The live session: facilitator console, delegate view or read-only view, by what I may do. */
export function SessionPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useSession();
  const live = useLiveSession(id);
  const { state } = live;
  const dossier = useQuery(SessionDossierDocument, { variables: { id: state?.dossierId ?? '' }, skip: !state });
  const [chosenItem, setChosenItem] = useState<string | null>(null);
  const [recordedItem, setRecordedItem] = useState<string | null>(null);
  const itemTextRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(state?.title ?? t('live.title'));
  // Comments reach a browser through the dossier's rooms, which the session's own rooms are not. The dossier
  // is kept once known: unwatching it (were the state gone for a moment) would also leave the session's rooms.
  const [watchedDossier, setWatchedDossier] = useState<string | null>(null);
  if (state && state.dossierId !== watchedDossier) setWatchedDossier(state.dossierId);
  const { refetch: refetchDossier } = dossier;
  useDossierWatch(watchedDossier, {
    onAccessChanged: () => {
      void refetchDossier().catch(() => undefined);
      live.refresh();
    },
  });

  const code = problemOf(live.error)?.code;
  if (!state && (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT')) return <SessionGone />;
  if (!state && live.error) return <ProblemAlert title={t('live.loadFailed')} error={live.error} onRetry={live.refresh} />;
  if (!state) {
    return (
      <Stack gap="sm" role="status" aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton height={20} width={240} />
        <Skeleton height={32} width="50%" />
        <Grid>
          <Grid.Col span={3}>
            <Skeleton height={300} />
          </Grid.Col>
          <Grid.Col span={5}>
            <Skeleton height={300} />
          </Grid.Col>
          <Grid.Col span={4}>
            <Skeleton height={300} />
          </Grid.Col>
        </Grid>
      </Stack>
    );
  }

  const role = state.me.canRun ? 'facilitator' : state.me.canSpeak ? 'delegate' : 'observer';
  const currentId = state.currentRound?.agendaItemId ?? null;
  const knownChoice = chosenItem && state.agenda.some((item) => item.id === chosenItem) ? chosenItem : null;
  const firstOpen = [...state.agenda].sort((a, b) => a.position - b.position).find((item) => !item.outcome) ?? state.agenda[0];
  const itemId = knownChoice ?? currentId ?? firstOpen?.id ?? null;
  const item = state.agenda.find((candidate) => candidate.id === itemId) ?? null;
  const draft = dossier.data?.dossier.currentDraft;

  return (
    <Stack gap="sm" data-role-view={role}>
      <LiveAnnouncer state={state} myUserId={me?.id ?? null} />
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Anchor component={Link} to={`/dossiers/${state.dossierId}/sessions`} size="sm">
            {dossier.data?.dossier.title ?? t('live.backToDossier')}
          </Anchor>
          <Group gap="xs" wrap="wrap">
            <Title order={1} fz="h2">
              {state.title}
            </Title>
            <SessionStatusBadge status={state.status} />
          </Group>
          <Text size="sm" c="gray.7">
            {formatSessionTime(state.startsAt, state.endsAt, i18n.language)}
            {state.place && ` · ${state.place}`}
            {state.meetingUrl && (
              <>
                {' · '}
                <Anchor href={state.meetingUrl} target="_blank" rel="noopener noreferrer" size="sm">
                  {t('sessions.meetingLink')}
                </Anchor>
              </>
            )}
          </Text>
        </Stack>
        <Group gap="sm">
          {role === 'delegate' && state.me.constituency && (
            <Group gap={4}>
              <Text size="sm">{t('live.youSpeakFor')}</Text>
              <SideBadge side={state.me.constituency} />
            </Group>
          )}
          {role === 'observer' && (
            <Text size="sm" c="gray.7">
              {t('live.readOnly')}
            </Text>
          )}
          {role === 'facilitator' && (
            <Button component={Link} to={`/sessions/${state.id}/projector`} target="_blank" variant="default" size="xs">
              {t('live.projector')}
            </Button>
          )}
          <LiveLinkIndicator link={live.link} />
        </Group>
      </Group>
      {live.error && <ProblemAlert title={t('live.refreshFailed')} error={live.error} onRetry={live.refresh} />}

      <Grid gutter="sm" align="flex-start">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Stack gap="sm">
            <AgendaList state={state} selectedId={itemId} onSelect={setChosenItem} />
            <PresencePanel state={state} participants={dossier.data?.dossier.participants} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="sm">
            <ItemPane
              state={state}
              itemId={itemId}
              draft={draft}
              draftLoading={dossier.loading}
              onBackToCurrent={currentId ? () => setChosenItem(currentId) : undefined}
              textRef={itemTextRef}
            >
              {item?.provisionId && dossier.data && me && (
                <RoomComments
                  key={item.provisionId}
                  dossierId={state.dossierId}
                  dossier={dossier.data.dossier}
                  myId={me.id}
                  provisionId={item.provisionId}
                  provisionTitle={item.title}
                  provisionText={draft?.provisions.find((provision) => provision.id === item.provisionId)?.text ?? null}
                  textRef={itemTextRef}
                />
              )}
            </ItemPane>
            {item && <JointTextPanel key={item.id} state={state} item={item} live={live} language={draft?.language ?? null} />}
            {item && (role === 'facilitator' || item.stances.length > 0) && <StancePanel item={item} />}
            {role !== 'facilitator' && item && <OutcomeSummary item={item} />}
            {role === 'facilitator' && item && (
              <OutcomeForm
                key={`${item.id}:${item.outcome?.id ?? 'none'}`}
                state={state}
                live={live}
                itemId={item.id}
                justRecorded={recordedItem === item.id && !!item.outcome}
                onRecorded={(recorded) => setRecordedItem(recorded ? item.id : null)}
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="sm">
            {role === 'facilitator' && <SessionControls state={state} live={live} />}
            <FloorPanel state={state} offset={live.offset}>
              {role === 'facilitator' && <TakeFloor state={state} live={live} />}
            </FloorPanel>
            {role === 'delegate' && me && <HandPanel state={state} live={live} myUserId={me.id} />}
            {role === 'delegate' && state.me.canDeclareStance && <StanceDeclaration key={state.currentRound?.id ?? 'none'} state={state} live={live} />}
            {role === 'delegate' && state.me.constituency && state.currentRound?.kind === 'CAUCUS_BREAK' && (
              <CaucusPanel sessionId={state.id} side={state.me.constituency} live={live} />
            )}
            {role === 'facilitator' ? <FacilitatorQueue state={state} live={live} /> : <QueuePanel state={state} myUserId={me?.id ?? null} />}
            {role === 'facilitator' && <RoundControls state={state} live={live} itemId={itemId} />}
            {role === 'facilitator' && <SpeakingTotals state={state} />}
          </Stack>
        </Grid.Col>
      </Grid>
      <Box h="md" />
    </Stack>
  );
}

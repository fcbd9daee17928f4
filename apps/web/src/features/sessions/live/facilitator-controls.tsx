import { useEffect, useState } from 'react';
import { Button, Group, Modal, NumberInput, Paper, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSTITUENCIES, OUTCOMES, ROUND_KINDS, type OutcomeKind, type RoundKind } from '@tripart/contracts';
import type { LiveSessionStateFragment } from '../../../gql/graphql';
import { SideBadge } from '../../../shared/ui/side-badge';
import { ActionError } from './action-error';
import { ItemReopenControl } from './item-reopen.control';
import type { LiveSession } from './use-live-session';
import { useLiveAction } from './use-live-action';

type State = LiveSessionStateFragment;

/** Start, adjourn, resume, close. */
export function SessionControls({ state, live }: { state: State; live: LiveSession }) {
  const { t } = useTranslation();
  const action = useLiveAction(live.emit);
  const [confirmClose, setConfirmClose] = useState(false);
  const offline = live.link !== 'live';
  const sessionId = state.id;
  return (
    <Paper withBorder radius="sm" p="sm" component="section" aria-labelledby="session-controls-heading">
      <Stack gap="xs">
        <Title order={2} fz="sm" id="session-controls-heading">
          {t('live.sessionControls')}
        </Title>
        <Group gap="xs" wrap="wrap">
          {(state.status === 'SCHEDULED' || state.status === 'ADJOURNED') && (
            <Button size="sm" color="#1e6b34" loading={action.pending === 'start'} disabled={offline} onClick={() => void action.run('start', 'session:start', { sessionId })}>
              {state.status === 'SCHEDULED' ? t('live.start') : t('live.resume')}
            </Button>
          )}
          {state.status === 'LIVE' && (
            <Button size="sm" variant="default" loading={action.pending === 'adjourn'} disabled={offline} onClick={() => void action.run('adjourn', 'session:adjourn', { sessionId })}>
              {t('live.adjourn')}
            </Button>
          )}
          {state.status !== 'CLOSED' && (
            <Button size="sm" variant="outline" color="red" disabled={offline} onClick={() => setConfirmClose(true)}>
              {t('live.close')}
            </Button>
          )}
          {state.status === 'CLOSED' && <Text size="sm">{t('live.closedNote')}</Text>}
        </Group>
        <ActionError code={action.failure?.code} onClose={action.clear} />
      </Stack>
      <Modal opened={confirmClose} onClose={() => setConfirmClose(false)} title={t('live.closeTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="sm">
          <Text size="sm">{t('live.closeBody')}</Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirmClose(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={action.pending === 'close'}
              onClick={() => void action.run('close', 'session:close', { sessionId }).then(() => setConfirmClose(false))}
            >
              {t('live.closeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

/** Open a round on an agenda item (kind, speaking time, caucus length), or close the one open. */
export function RoundControls({ state, live, itemId }: { state: State; live: LiveSession; itemId: string | null }) {
  const { t } = useTranslation();
  const action = useLiveAction(live.emit);
  const round = state.currentRound;
  const [agendaItemId, setAgendaItemId] = useState<string | null>(itemId);
  const [kind, setKind] = useState<RoundKind>('PROVISION_REVIEW');
  const [seconds, setSeconds] = useState<number>(180);
  const [caucusMinutes, setCaucusMinutes] = useState<number>(15);
  useEffect(() => {
    setAgendaItemId(itemId);
  }, [itemId]);
  const notLive = state.status !== 'LIVE' || live.link !== 'live';
  const roundItem = round ? state.agenda.find((item) => item.id === round.agendaItemId) : null;

  const open = () => {
    if (!agendaItemId) return;
    void action.run('open', 'round:open', {
      sessionId: state.id,
      agendaItemId,
      kind,
      speakingSeconds: Math.min(3600, Math.max(15, Math.round(seconds))),
      ...(kind === 'CAUCUS_BREAK' ? { caucusMinutes: Math.min(240, Math.max(1, Math.round(caucusMinutes))) } : {}),
    });
  };

  return (
    <Paper withBorder radius="sm" p="sm" component="section" aria-labelledby="round-heading">
      <Stack gap="xs">
        <Title order={2} fz="sm" id="round-heading">
          {t('live.round')}
        </Title>
        {round ? (
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm" data-testid="current-round">
              {t('live.roundOpen', { kind: t(`live.roundKinds.${round.kind}`), item: roundItem?.title ?? '' })}
            </Text>
            <Button size="compact-sm" variant="default" loading={action.pending === 'closeRound'} disabled={live.link !== 'live'} onClick={() => void action.run('closeRound', 'round:close', { sessionId: state.id })}>
              {t('live.closeRound')}
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="gray.7">
            {state.status === 'LIVE' ? t('live.noRound') : t('live.startFirst')}
          </Text>
        )}
        <Select
          label={t('live.roundItem')}
          size="xs"
          allowDeselect={false}
          data={[...state.agenda].sort((a, b) => a.position - b.position).map((item, index) => ({ value: item.id, label: `${index + 1}. ${item.title}` }))}
          value={agendaItemId}
          onChange={setAgendaItemId}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('live.roundKind')}
          size="xs"
          allowDeselect={false}
          data={ROUND_KINDS.map((value) => ({ value, label: t(`live.roundKinds.${value}`) }))}
          value={kind}
          onChange={(value) => value && setKind(value as RoundKind)}
          comboboxProps={{ withinPortal: true }}
        />
        <Group grow gap="xs" align="flex-start">
          <NumberInput
            label={t('live.speakingSeconds')}
            size="xs"
            min={15}
            max={3600}
            step={15}
            value={seconds}
            onChange={(value) => setSeconds(Number(value) || 0)}
          />
          {kind === 'CAUCUS_BREAK' && (
            <NumberInput label={t('live.caucusMinutes')} size="xs" min={1} max={240} value={caucusMinutes} onChange={(value) => setCaucusMinutes(Number(value) || 0)} />
          )}
        </Group>
        {round && (
          <Text size="xs" c="gray.7">
            {t('live.openReplaces')}
          </Text>
        )}
        <Button size="sm" onClick={open} loading={action.pending === 'open'} disabled={notLive || !agendaItemId}>
          {t('live.openRound')}
        </Button>
        <ActionError code={action.failure?.code} onClose={action.clear} />
      </Stack>
    </Paper>
  );
}

/** Take the floor back, with a note of what was said. */
export function TakeFloor({ state, live }: { state: State; live: LiveSession }) {
  const { t } = useTranslation();
  const action = useLiveAction(live.emit);
  const [note, setNote] = useState('');
  if (!state.floor) return null;
  return (
    <Stack gap={6}>
      <Textarea label={t('live.interventionNote')} description={t('live.interventionNoteHint')} size="sm" autosize minRows={2} maxRows={5} maxLength={5000} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
      <Button
        variant="default"
        loading={action.pending === 'take'}
        disabled={live.link !== 'live'}
        onClick={() =>
          void action.run('take', 'floor:take', { sessionId: state.id, ...(note.trim() ? { summary: note.trim() } : {}) }).then((result) => {
            if (result.ok) setNote('');
          })
        }
      >
        {t('live.takeFloor')}
      </Button>
      <ActionError code={action.failure?.code} onClose={action.clear} />
    </Stack>
  );
}

/** Record the item's outcome, with each side's reservation and a note. */
export function OutcomeForm({
  state,
  live,
  itemId,
  justRecorded,
  onRecorded,
}: {
  state: State;
  live: LiveSession;
  itemId: string;
  /** Kept by the page: the form starts afresh when the recorded outcome changes, the confirmation must outlive that. */
  justRecorded: boolean;
  onRecorded(recorded: boolean): void;
}) {
  const { t } = useTranslation();
  const action = useLiveAction(live.emit);
  const item = state.agenda.find((candidate) => candidate.id === itemId);
  const recorded = item?.outcome ?? null;
  const fromStances = Object.fromEntries(CONSTITUENCIES.map((side) => [side, item?.stances.find((s) => s.constituency === side)?.reservation ?? '']));
  const [outcome, setOutcome] = useState<OutcomeKind | null>(recorded?.outcome ?? null);
  const [note, setNote] = useState(recorded?.note ?? '');
  const [reservations, setReservations] = useState<Record<string, string>>(() => ({
    GOVERNMENT: recorded?.reservations.GOVERNMENT ?? fromStances.GOVERNMENT,
    EMPLOYERS: recorded?.reservations.EMPLOYERS ?? fromStances.EMPLOYERS,
    WORKERS: recorded?.reservations.WORKERS ?? fromStances.WORKERS,
  }));
  if (!item) return null;

  // Reservations declared in the consensus check fill the fields still empty.
  const choose = (value: OutcomeKind) => {
    setOutcome(value);
    if (value === 'CONSENSUS_WITH_RESERVATIONS') {
      setReservations((current) => Object.fromEntries(CONSTITUENCIES.map((side) => [side, current[side] || fromStances[side]])));
    }
  };

  const submit = () => {
    if (!outcome) return;
    onRecorded(false);
    const withReservations = outcome === 'CONSENSUS_WITH_RESERVATIONS';
    const chosen = Object.fromEntries(Object.entries(reservations).filter(([, text]) => text.trim()).map(([side, text]) => [side, text.trim()]));
    void action
      .run('record', 'outcome:record', { sessionId: state.id, agendaItemId: item.id, outcome, note: note.trim(), reservations: withReservations ? chosen : {} })
      .then((result) => onRecorded(result.ok));
  };

  return (
    <Paper withBorder radius="sm" p="sm" component="section" aria-labelledby="outcome-heading">
      <Stack gap="xs">
        <Title order={2} fz="sm" id="outcome-heading">
          {t('live.outcomeTitle', { item: item.title })}
        </Title>
        <Radio.Group label={t('live.outcome')} value={outcome} onChange={(value) => choose(value as OutcomeKind)} size="sm">
          <Stack gap={4} mt={4}>
            {OUTCOMES.map((value) => (
              <Radio key={value} value={value} label={t(`outcomes.kinds.${value}`)} disabled={!!recorded} />
            ))}
          </Stack>
        </Radio.Group>
        {outcome === 'CONSENSUS_WITH_RESERVATIONS' &&
          CONSTITUENCIES.map((side) => (
            <Textarea
              key={side}
              size="sm"
              autosize
              minRows={1}
              maxRows={4}
              maxLength={5000}
              disabled={!!recorded}
              label={
                <Group gap={4} component="span">
                  {t('live.reservationOf')} <SideBadge side={side} size="xs" />
                </Group>
              }
              aria-label={t('live.reservationFor', { side: t(`sides.${side}`) })}
              value={reservations[side]}
              onChange={(event) => setReservations({ ...reservations, [side]: event.currentTarget.value })}
            />
          ))}
        <Textarea label={t('live.outcomeNote')} size="sm" autosize minRows={2} maxRows={6} maxLength={10000} disabled={!!recorded} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
        {recorded ? (
          <Stack gap={4} align="flex-start">
            <Text size="sm">{t('live.reopen.frozenNote')}</Text>
            <ItemReopenControl sessionId={state.id} agendaItemId={item.id} live={live} />
          </Stack>
        ) : (
          <Button onClick={submit} disabled={!outcome || live.link !== 'live'} loading={action.pending === 'record'}>
            {t('live.recordOutcome')}
          </Button>
        )}
        {justRecorded && (
          <Text size="sm" c="#1e6b34" role="status">
            {t('live.outcomeSaved')}
          </Text>
        )}
        <ActionError code={action.failure?.code} onClose={action.clear} />
      </Stack>
    </Paper>
  );
}

import { useEffect, useRef, useState } from 'react';
import { Button, Group, Kbd, Menu, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STANCES, type HandKind, type SideStance } from '@tripart/contracts';
import type { LiveSessionStateFragment } from '../../../gql/graphql';
import { SideBadge } from '../../../shared/ui/side-badge';
import { StanceBadge } from '../session-badges';
import { ActionError } from './action-error';
import type { LiveSession } from './use-live-session';
import { useLiveAction } from './use-live-action';

function newClientId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.getAttribute('role') === 'textbox';
}

/** A delegate's hand: raise (H), special requests, lower, my place in the queue. */
export function HandPanel({ state, live, myUserId }: { state: LiveSessionStateFragment; live: LiveSession; myUserId: string }) {
  const { t } = useTranslation();
  const action = useLiveAction(live.emit);
  // The same press retried (after a timeout or a reconnect) keeps its client id: the hand is raised once.
  const attempt = useRef<{ kind: HandKind; clientId: string } | null>(null);
  const mine = state.queue.filter((entry) => entry.hand.userId === myUserId);
  const normalRaised = mine.some((entry) => entry.hand.kind === 'NORMAL');
  const myPlace = mine.length ? Math.min(...mine.map((entry) => entry.position)) : null;
  const speaking = state.floor?.hand.userId === myUserId;
  const roundOpen = !!state.currentRound && state.currentRound.kind !== 'CAUCUS_BREAK';
  // The speaker asks for nothing more while speaking: the hand controls come back when the floor is taken back.
  const canRaise = state.status === 'LIVE' && roundOpen && live.link === 'live' && !speaking;

  const raise = (kind: HandKind) => {
    if (!attempt.current || attempt.current.kind !== kind) attempt.current = { kind, clientId: newClientId() };
    const { clientId } = attempt.current;
    void action.run(`raise-${kind}`, 'hand:raise', { sessionId: state.id, kind, clientId }).then((result) => {
      if (result.ok || (result.code !== 'TIMEOUT' && result.code !== 'OFFLINE')) attempt.current = null;
    });
  };
  const raiseRef = useRef(raise);
  raiseRef.current = raise;
  const enabled = canRaise && !normalRaised && !action.pending;

  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'h' || event.ctrlKey || event.metaKey || event.altKey || event.repeat || typingIn(event.target)) return;
      event.preventDefault();
      raiseRef.current('NORMAL');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);

  return (
    <Paper withBorder radius="sm" p="sm" component="section" aria-labelledby="hand-heading">
      <Stack gap="xs">
        <Title order={2} fz="sm" id="hand-heading">
          {t('live.myHand')}
        </Title>
        {speaking ? (
          <Text fw={700} size="lg" c="#1e6b34">
            {t('live.youHaveTheFloor')}
          </Text>
        ) : myPlace ? (
          <Text fw={700} size="lg" data-testid="my-place">
            {t('live.myPlace', { position: myPlace, count: state.queue.length })}
          </Text>
        ) : (
          <Text size="sm" c="gray.7">
            {!state.currentRound && state.status === 'LIVE' ? t('live.waitForRound') : state.status !== 'LIVE' ? t('live.notLiveYet') : t('live.handDown')}
          </Text>
        )}
        {speaking ? null : normalRaised ? (
          <Button size="lg" variant="default" loading={action.pending === 'lower'} disabled={live.link !== 'live'} onClick={() => void action.run('lower', 'hand:lower', { sessionId: state.id })}>
            {t('live.lowerHand')}
          </Button>
        ) : (
          <Group gap={0} wrap="nowrap" align="stretch">
            <Button size="xl" fullWidth style={{ borderStartEndRadius: 0, borderEndEndRadius: 0 }} loading={action.pending === 'raise-NORMAL'} disabled={!canRaise} onClick={() => raise('NORMAL')} aria-keyshortcuts="H">
              {t('live.raiseHand')}
            </Button>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button size="xl" px="sm" disabled={!canRaise} aria-label={t('live.otherRequests')} style={{ borderStartStartRadius: 0, borderEndStartRadius: 0, borderInlineStart: '1px solid rgba(255,255,255,0.5)' }}>
                  <span aria-hidden="true">▾</span>
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => raise('POINT_OF_ORDER')}>{t('live.handKinds.POINT_OF_ORDER')}</Menu.Item>
                <Menu.Item onClick={() => raise('RIGHT_OF_REPLY')}>{t('live.handKinds.RIGHT_OF_REPLY')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
        {mine.some((entry) => entry.hand.kind !== 'NORMAL') && normalRaised === false && (
          <Button variant="default" size="sm" loading={action.pending === 'lower'} onClick={() => void action.run('lower', 'hand:lower', { sessionId: state.id })}>
            {t('live.withdrawRequest')}
          </Button>
        )}
        {!normalRaised && canRaise && (
          <Text size="xs" c="gray.7">
            {t('live.shortcutHint')} <Kbd size="xs">H</Kbd>
          </Text>
        )}
        <ActionError code={action.failure?.code} onClose={action.clear} />
      </Stack>
    </Paper>
  );
}

/** A lead declares the delegation's stance in a consensus check. */
export function StanceDeclaration({ state, live }: { state: LiveSessionStateFragment; live: LiveSession }) {
  const { t } = useTranslation();
  const action = useLiveAction(live.emit);
  const round = state.currentRound;
  const side = state.me.constituency;
  const item = round ? state.agenda.find((candidate) => candidate.id === round.agendaItemId) : null;
  const declared = item?.stances.find((stance) => stance.constituency === side) ?? null;
  const [stance, setStance] = useState<SideStance | null>(null);
  const [reservation, setReservation] = useState('');
  const [missing, setMissing] = useState(false);
  if (!round || round.kind !== 'CONSENSUS_CHECK' || !side || !item) return null;

  const submit = () => {
    if (!stance) return;
    if (stance === 'AGREE_WITH_RESERVATION' && !reservation.trim()) return setMissing(true);
    setMissing(false);
    void action.run('declare', 'stance:declare', {
      sessionId: state.id,
      stance,
      ...(stance === 'AGREE_WITH_RESERVATION' ? { reservation: reservation.trim() } : {}),
    });
  };

  return (
    <Paper withBorder radius="sm" p="sm" component="section" aria-labelledby="declare-heading" style={{ borderColor: 'var(--mantine-color-green-8)', borderWidth: 2 }}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={2} fz="sm" id="declare-heading">
            {t('live.declareTitle')}
          </Title>
          <SideBadge side={side} size="xs" />
        </Group>
        <Text size="sm">{t('live.declareHint', { item: item.title })}</Text>
        {declared && (
          <Group gap="xs">
            <Text size="sm">{t('live.declared')}</Text>
            <StanceBadge stance={declared.stance} />
          </Group>
        )}
        <Radio.Group value={stance} onChange={(value) => setStance(value as SideStance)} label={t('live.stance')} size="sm">
          <Stack gap={4} mt={4}>
            {STANCES.map((value) => (
              <Radio key={value} value={value} label={t(`live.stances.${value}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {stance === 'AGREE_WITH_RESERVATION' && (
          <Textarea
            label={t('live.reservation')}
            required
            autosize
            minRows={2}
            maxLength={5000}
            value={reservation}
            onChange={(event) => setReservation(event.currentTarget.value)}
            error={missing ? t('live.reservationRequired') : null}
          />
        )}
        <Button onClick={submit} disabled={!stance || live.link !== 'live'} loading={action.pending === 'declare'}>
          {t('live.declare')}
        </Button>
        <ActionError code={action.failure?.code} onClose={action.clear} />
      </Stack>
    </Paper>
  );
}

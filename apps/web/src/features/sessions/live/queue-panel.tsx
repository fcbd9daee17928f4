import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveSessionStateFragment, QueueMode } from '../../../gql/graphql';
import { SideBadge } from '../../../shared/ui/side-badge';
import { SIDE_STYLES } from '../../../shared/ui/side-style';
import { TrashIcon } from '../../../shared/ui/icons';
import { dropHand, moveHand } from './queue-moves';

type Entry = LiveSessionStateFragment['queue'][number];

export interface QueueControls {
  busy: boolean;
  canGive: boolean;
  onGive(handId?: string): void;
  onLower(handId: string): void;
  onReorder(handIds: string[]): void;
  onMode(mode: QueueMode): void;
}

function HandFlag({ kind }: { kind: string }) {
  const { t } = useTranslation();
  if (kind === 'NORMAL') return null;
  return (
    <Badge size="xs" radius="sm" tt="none" variant="filled" color={kind === 'POINT_OF_ORDER' ? 'red.9' : 'violet.9'} data-hand-kind={kind}>
      {t(`live.handKinds.${kind as 'POINT_OF_ORDER'}`)}
    </Badge>
  );
}

/**
 * The speaking queue in the order everyone sees. Facilitators give the floor,
 * lower hands, switch the mode and reorder normal hands by drag or with the
 * move buttons (flagged hands always stay ahead).
 */
export function QueuePanel({ state, myUserId, controls }: { state: LiveSessionStateFragment; myUserId: string | null; controls?: QueueControls }) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState<string | null>(null);
  const items = state.queue.map((entry) => ({ handId: entry.hand.id, kind: entry.hand.kind }));
  const normalIds = items.filter((item) => item.kind === 'NORMAL').map((item) => item.handId);

  const row = (entry: Entry) => {
    const name = entry.person.displayName;
    const normal = entry.hand.kind === 'NORMAL';
    const index = normalIds.indexOf(entry.hand.id);
    const mine = entry.hand.userId === myUserId;
    const draggable = !!controls && normal && !controls.busy;
    return (
      <Group
        component="li"
        key={entry.hand.id}
        data-hand-id={entry.hand.id}
        justify="space-between"
        wrap="nowrap"
        gap={4}
        py={4}
        px={6}
        draggable={draggable}
        onDragStart={(event) => {
          setDragging(entry.hand.id);
          event.dataTransfer.effectAllowed = 'move';
        }}
        onDragEnd={() => setDragging(null)}
        onDragOver={(event) => {
          if (dragging && normal) event.preventDefault();
        }}
        onDrop={(event) => {
          event.preventDefault();
          const order = dragging ? dropHand(items, dragging, entry.hand.id) : null;
          setDragging(null);
          if (order && controls) controls.onReorder(order);
        }}
        style={{
          listStyle: 'none',
          borderInlineStart: `4px solid ${SIDE_STYLES[entry.hand.constituency].accent}`,
          background: mine ? 'var(--mantine-color-ink-0)' : undefined,
          borderRadius: 4,
          cursor: draggable ? 'grab' : undefined,
          opacity: dragging === entry.hand.id ? 0.5 : 1,
        }}
      >
        <Group gap={6} wrap="wrap" miw={0} style={{ rowGap: 2 }}>
          <Text size="sm" fw={700} ff="monospace" aria-label={t('live.queuePosition', { position: entry.position })}>
            {entry.position}.
          </Text>
          <SideBadge side={entry.hand.constituency} size="xs" />
          <Text size="sm" fw={500}>
            {name}
            {mine && ` (${t('live.you')})`}
          </Text>
          <HandFlag kind={entry.hand.kind} />
        </Group>
        {controls && (
          <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
            {normal && (
              <>
                <Tooltip label={t('live.moveUp', { name })}>
                  <ActionIcon variant="subtle" size="sm" disabled={controls.busy || index <= 0} onClick={() => { const order = moveHand(items, entry.hand.id, -1); if (order) controls.onReorder(order); }} aria-label={t('live.moveUp', { name })}>
                    <span aria-hidden="true">↑</span>
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('live.moveDown', { name })}>
                  <ActionIcon variant="subtle" size="sm" disabled={controls.busy || index < 0 || index >= normalIds.length - 1} onClick={() => { const order = moveHand(items, entry.hand.id, 1); if (order) controls.onReorder(order); }} aria-label={t('live.moveDown', { name })}>
                    <span aria-hidden="true">↓</span>
                  </ActionIcon>
                </Tooltip>
              </>
            )}
            <Tooltip label={t('live.giveFloorTo', { name })}>
              <Button size="compact-xs" variant="light" disabled={controls.busy || !controls.canGive} onClick={() => controls.onGive(entry.hand.id)} aria-label={t('live.giveFloorTo', { name })}>
                {t('live.give')}
              </Button>
            </Tooltip>
            <Tooltip label={t('live.lowerHandOf', { name })}>
              <ActionIcon variant="subtle" color="red" size="sm" disabled={controls.busy} onClick={() => controls.onLower(entry.hand.id)} aria-label={t('live.lowerHandOf', { name })}>
                <TrashIcon size={14} />
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
      </Group>
    );
  };

  return (
    <Paper withBorder radius="sm" p="sm" component="section" aria-labelledby="queue-heading" data-testid="queue">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="sm" id="queue-heading">
            {t('live.queue', { count: state.queue.length })}
          </Title>
          {!controls && (
            <Text size="xs" c="gray.7">
              {t(`live.queueModes.${state.queueMode}`)}
            </Text>
          )}
        </Group>
        {controls && (
          <SegmentedControl
            size="xs"
            fullWidth
            aria-label={t('live.queueMode')}
            value={state.queueMode}
            disabled={controls.busy}
            onChange={(mode) => controls.onMode(mode as QueueMode)}
            data={[
              { value: 'ROTATION', label: t('live.queueModes.ROTATION') },
              { value: 'FIFO', label: t('live.queueModes.FIFO') },
            ]}
          />
        )}
        {state.queue.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('live.queueEmpty')}
          </Text>
        ) : (
          <Stack component="ol" gap={4} m={0} p={0} aria-label={t('live.queueList')}>
            {state.queue.map(row)}
          </Stack>
        )}
        {controls && (
          <Button h="auto" py={8} styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }} onClick={() => controls.onGive()} disabled={controls.busy || !controls.canGive || state.queue.length === 0}>
            {t('live.giveFloorNext')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

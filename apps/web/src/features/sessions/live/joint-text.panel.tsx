import { Badge, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LiveSessionStateFragment } from '../../../gql/graphql';
import { LockIcon } from '../../../shared/ui/icons';
import { CollabEditor } from '../../collab/collab-editor';
import { CollabStatusIndicator } from '../../collab/collab-status-indicator';
import { documentNames } from '../../collab/collab-url';
import { PeerAvatars } from '../../collab/peer-avatars';
import { useCollabDocument, usePeers } from '../../collab/use-collab-document';
import { ActionError } from './action-error';
import { JointStartControl } from './joint-start.control';
import { useLiveAction } from './use-live-action';
import type { LiveSession } from './use-live-session';

type AgendaItem = LiveSessionStateFragment['agenda'][number];

/** Who may write the joint text now: facilitators always, delegates while drafting is open — nobody once the outcome is recorded (frozen). */
export function canWriteJointText(me: Pick<LiveSessionStateFragment['me'], 'canRun' | 'canSpeak'>, item: Pick<AgendaItem, 'draftingUnlocked' | 'outcome'>): boolean {
  if (item.outcome) return false;
  return me.canRun || (me.canSpeak && item.draftingUnlocked);
}

function statusText(t: TFunction, { frozen, writable, canRun }: { frozen: boolean; writable: boolean; canRun: boolean }): string {
  if (frozen) return canRun ? t('live.joint.frozenFacilitator') : t('live.joint.frozenNote');
  if (writable) return canRun ? t('live.joint.facilitatorWrites') : t('live.joint.youMayWrite');
  return t('live.joint.readOnly');
}

/**
 * The joint text of an agenda item, drafted together in the plenary. Its lock
 * follows the facilitator at once (pushed with session:changed).
 */
export function JointTextPanel({ state, item, live, language }: { state: LiveSessionStateFragment; item: AgendaItem; live: LiveSession; language: string | null }) {
  const { t } = useTranslation();
  const collab = useCollabDocument(documentNames.joint(state.id, item.id));
  const peers = usePeers(collab.provider);
  const action = useLiveAction(live.emit);
  const writable = canWriteJointText(state.me, item);
  const unlocked = item.draftingUnlocked;
  const closed = state.status === 'CLOSED';
  const frozen = !!item.outcome;
  const lockLabel = frozen ? t('live.joint.frozen') : unlocked ? t('live.joint.unlocked') : t('live.joint.locked');

  return (
    <Paper withBorder radius="sm" p="md" component="section" aria-labelledby="joint-text-heading" data-joint-text={frozen ? 'frozen' : unlocked ? 'unlocked' : 'locked'}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="wrap">
            <Title order={2} fz="h4" id="joint-text-heading">
              {t('live.joint.title')}
            </Title>
            <Badge
              radius="sm"
              tt="none"
              size="md"
              leftSection={unlocked && !frozen ? undefined : <LockIcon size={12} />}
              data-testid="drafting-lock"
              styles={{
                root: frozen
                  ? { backgroundColor: '#FFF4E6', color: '#7A3E00', border: '1px solid #D9480F' }
                  : unlocked
                  ? { backgroundColor: '#E6F4EA', color: '#1B5E20', border: '1px solid #2F9E44' }
                  : { backgroundColor: '#F1F3F5', color: '#343A40', border: '1px solid #868E96' },
              }}
            >
              {lockLabel}
            </Badge>
          </Group>
          <Group gap="sm">
            <PeerAvatars peers={peers} />
            <CollabStatusIndicator status={collab.status} onRetry={collab.retry} />
          </Group>
        </Group>
        {state.me.canRun && (
          <Switch
            label={t('live.joint.toggle')}
            checked={unlocked}
            disabled={!!action.pending || live.link !== 'live' || closed || frozen}
            onChange={(event) =>
              void action.run('drafting', 'drafting:set', { sessionId: state.id, agendaItemId: item.id, unlocked: event.currentTarget.checked })
            }
          />
        )}
        <ActionError code={action.failure?.code} onClose={action.clear} />
        {state.me.canRun && !closed && !frozen && (
          <JointStartControl
            sessionId={state.id}
            dossierId={state.dossierId}
            agendaItemId={item.id}
            provisionId={item.provisionId ?? null}
            live={live}
            disabled={live.link !== 'live'}
          />
        )}
        {collab.provider && collab.ready ? (
          <CollabEditor
            key={collab.provider.configuration.name}
            provider={collab.provider}
            field="default"
            user={collab.user}
            label={t('live.joint.editorLabel', { item: item.title })}
            editable={writable && !closed}
            lang={language ?? undefined}
            minHeight={110}
            testId="joint-text-editor"
          />
        ) : collab.status === 'refused' ? (
          <Text size="sm" c="red.8" role="alert">
            {t('live.joint.refused')}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('common.loading')}
          </Text>
        )}
        <Text size="xs" c="gray.8" role="status">
          {statusText(t, { frozen, writable: writable && !closed, canRun: state.me.canRun })}
        </Text>
      </Stack>
    </Paper>
  );
}

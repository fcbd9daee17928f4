import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { ActionIcon, Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSTITUENCIES, type Constituency } from '@tripart/contracts';
import {
  RemoveParticipantDocument,
  SetDelegationLeadDocument,
  type DossierDetailFragment,
  type ParticipantRowFragment,
} from '../../gql/graphql';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { SideBadge } from '../../shared/ui/side-badge';
import { SIDE_STYLES } from '../../shared/ui/side-style';
import { StarIcon, TrashIcon } from '../../shared/ui/icons';
import { AddPersonPanel } from './add-person.panel';
import { DelegationRequestsList } from './delegation-requests.list';
import type { DelegationRequestRowFragment } from '../../gql/graphql';

interface RowActions {
  canManage: boolean;
  busyId: string | null;
  onToggleLead?(participant: ParticipantRowFragment): void;
  onRemove(participant: ParticipantRowFragment): void;
}

function LeadMark() {
  const { t } = useTranslation();
  return (
    <Badge size="xs" radius="sm" variant="filled" color="ink" tt="none" leftSection={<StarIcon size={11} />} style={{ flexShrink: 0, overflow: 'visible' }}>
      {t('composition.lead')}
    </Badge>
  );
}

function PersonRow({ participant, actions }: { participant: ParticipantRowFragment; actions: RowActions }) {
  const { t } = useTranslation();
  const name = participant.user.displayName;
  const busy = actions.busyId === participant.id;
  const leadLabel = participant.isLead ? t('composition.unmakeLeadLabel', { name }) : t('composition.makeLeadLabel', { name });
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="xs" py={4} style={{ listStyle: 'none' }}>
      <Group gap={6} wrap="wrap" miw={0} style={{ rowGap: 2 }}>
        <Text size="sm" fw={500}>
          {name}
        </Text>
        {participant.isLead && <LeadMark />}
      </Group>
      {(actions.canManage || participant.canChangeLead) && (
        <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
          {actions.onToggleLead && participant.canChangeLead && (
            <Tooltip label={leadLabel} withArrow>
              <ActionIcon
                variant={participant.isLead ? 'light' : 'subtle'}
                size="sm"
                loading={busy}
                onClick={() => actions.onToggleLead?.(participant)}
                aria-label={leadLabel}
              >
                <StarIcon size={15} fill={participant.isLead ? 'currentColor' : 'none'} />
              </ActionIcon>
            </Tooltip>
          )}
          {actions.canManage && (
            <Tooltip label={t('composition.removeLabel', { name })} withArrow>
              <ActionIcon variant="subtle" color="red" size="sm" onClick={() => actions.onRemove(participant)} aria-label={t('composition.removeLabel', { name })}>
                <TrashIcon size={15} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      )}
    </Group>
  );
}

function DelegationCard({ side, members, requests, actions }: { side: Constituency; members: ParticipantRowFragment[]; requests: DelegationRequestRowFragment[]; actions: RowActions }) {
  const { t } = useTranslation();
  const headingId = `delegation-${side}`;
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      radius="sm"
      p="sm"
      style={{ borderTop: `4px solid ${SIDE_STYLES[side].accent}` }}
      data-delegation={side}
    >
      <Stack gap="xs">
        <Stack gap={4} align="flex-start">
          <Title order={3} fz="md" id={headingId}>
            {t(`composition.delegations.${side}`)}
          </Title>
          <SideBadge side={side} size="xs" />
        </Stack>
        {members.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('composition.noMembers')}
          </Text>
        ) : (
          <Stack component="ul" gap={0} m={0} p={0}>
            {members.map((member) => (
              <PersonRow key={member.id} participant={member} actions={actions} />
            ))}
          </Stack>
        )}
        <DelegationRequestsList requests={requests} headingId={`${headingId}-requests`} />
      </Stack>
    </Paper>
  );
}

function PeopleCard({ id, title, empty, people, actions }: { id: string; title: string; empty: string; people: ParticipantRowFragment[]; actions: RowActions }) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder radius="sm" p="sm">
      <Stack gap="xs">
        <Title order={3} fz="md" id={id}>
          {title}
        </Title>
        {people.length === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          <Stack component="ul" gap={0} m={0} p={0}>
            {people.map((person) => (
              <PersonRow key={person.id} participant={person} actions={actions} />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** The three delegations, the facilitators and the observers; facilitators seat and unseat people here. */
export function CompositionTab({ dossier }: { dossier: DossierDetailFragment }) {
  const { t } = useTranslation();
  const canManage = dossier.me.canManage;
  const [setLead, leadState] = useMutation(SetDelegationLeadDocument, { refetchQueries: ['Dossier'] });
  const [remove, removeState] = useMutation(RemoveParticipantDocument, { refetchQueries: ['Dossier'], awaitRefetchQueries: true });
  const [busyId, setBusyId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<ParticipantRowFragment | null>(null);

  const toggleLead = async (participant: ParticipantRowFragment) => {
    setBusyId(participant.id);
    await setLead({ variables: { participantId: participant.id, lead: !participant.isLead } }).catch(() => undefined);
    setBusyId(null);
  };

  const confirmRemove = async () => {
    if (!removing) return;
    const result = await remove({ variables: { participantId: removing.id } }).catch(() => null);
    if (result?.data) setRemoving(null);
  };

  const delegateActions: RowActions = { canManage, busyId, onToggleLead: (p) => void toggleLead(p), onRemove: setRemoving };
  const otherActions: RowActions = { canManage, busyId, onRemove: setRemoving };
  const delegationOf = (side: Constituency) => dossier.delegations.find((d) => d.constituency === side);
  const facilitators = dossier.participants.filter((p) => p.role === 'FACILITATOR');
  const observers = dossier.participants.filter((p) => p.role === 'OBSERVER');

  return (
    <Stack gap="md">
      {leadState.error && <ProblemAlert error={leadState.error} />}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        {CONSTITUENCIES.map((side) => (
          <DelegationCard key={side} side={side} members={delegationOf(side)?.members ?? []} requests={delegationOf(side)?.requests ?? []} actions={delegateActions} />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <PeopleCard id="facilitators" title={t('composition.facilitators')} empty={t('composition.noFacilitators')} people={facilitators} actions={otherActions} />
        <PeopleCard id="observers" title={t('composition.observers')} empty={t('composition.noObservers')} people={observers} actions={otherActions} />
      </SimpleGrid>
      <Text size="sm" c="gray.7">
        {t('composition.requests.chooses')}
      </Text>
      {dossier.me.canBringInto.length > 0 && <AddPersonPanel dossier={dossier} />}
      <Modal
        opened={removing !== null}
        onClose={() => {
          removeState.reset();
          setRemoving(null);
        }}
        title={t('composition.removeTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('composition.removeBody', { name: removing?.user.displayName ?? '' })}</Text>
          {removeState.error && <ProblemAlert error={removeState.error} />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setRemoving(null)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={removeState.loading} onClick={() => void confirmRemove()}>
              {t('composition.removeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

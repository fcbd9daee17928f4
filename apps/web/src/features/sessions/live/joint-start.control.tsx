import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Button, Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PositionSubmissionsDocument } from '../../../gql/graphql';
import { ActionError } from './action-error';
import { jointStartOptions } from './joint-start-options';
import { useLiveAction } from './use-live-action';
import type { LiveSession } from './use-live-session';

/**
 * The facilitator's "start from": the provision's wording or a side's
 * submitted wording replaces the joint text for everyone, after a confirmation.
 */
export function JointStartControl({
  sessionId,
  dossierId,
  agendaItemId,
  provisionId,
  live,
  disabled,
}: {
  sessionId: string;
  dossierId: string;
  agendaItemId: string;
  provisionId: string | null;
  live: LiveSession;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const submissions = useQuery(PositionSubmissionsDocument, { variables: { dossierId }, skip: !provisionId, fetchPolicy: 'cache-and-network' });
  const options = jointStartOptions(provisionId, submissions.data?.positionSubmissions ?? []);
  const [choice, setChoice] = useState('PROVISION');
  const [confirming, setConfirming] = useState(false);
  const action = useLiveAction(live.emit);
  if (!options.length) return null;
  const chosen = options.find((option) => option.value === choice) ?? options[0];
  const label = (option: (typeof options)[number]) =>
    option.from === 'PROVISION' || !option.constituency
      ? t('live.joint.fromProvision')
      : t('live.joint.fromSubmission', { side: t(`sides.${option.constituency}` as const), number: option.number });

  const start = async () => {
    setConfirming(false);
    await action.run('joint-start', 'joint:start', {
      sessionId,
      agendaItemId,
      from: chosen.from,
      ...(chosen.submissionId ? { submissionId: chosen.submissionId } : {}),
    });
  };

  return (
    <>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select
          size="xs"
          label={t('live.joint.startFrom')}
          data={options.map((option) => ({ value: option.value, label: label(option) }))}
          value={chosen.value}
          onChange={(value) => value && setChoice(value)}
          allowDeselect={false}
          disabled={disabled}
          w={300}
        />
        {!confirming ? (
          <Button size="xs" variant="default" disabled={disabled || !!action.pending} onClick={() => setConfirming(true)}>
            {t('live.joint.start')}
          </Button>
        ) : (
          <Group gap={6}>
            <Text size="xs" role="alert">
              {t('live.joint.confirmReplace')}
            </Text>
            <Button size="xs" color="red" onClick={() => void start()}>
              {t('live.joint.replace')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </Group>
        )}
      </Group>
      <ActionError code={action.failure?.code} onClose={action.clear} />
    </>
  );
}

import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Constituency } from '@tripart/contracts';
import { SubmitPositionDocument, type SubmissionFieldsFragment } from '../../gql/graphql';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import type { PositionContent } from './position-content';
import { StanceChip } from './stance-chips';

/** Shows exactly what the plenary will see, then submits it. */
export function SubmitPositionModal({
  opened,
  onClose,
  side,
  delegationId,
  draftId,
  content,
  labels,
  saved,
  onSubmitted,
}: {
  opened: boolean;
  onClose(): void;
  side: Constituency;
  delegationId: string;
  draftId: string;
  content: PositionContent | null;
  labels: Map<string, string>;
  saved: boolean;
  onSubmitted(submission: SubmissionFieldsFragment): void;
}) {
  const { t } = useTranslation();
  const [submit, { loading, error, reset }] = useMutation(SubmitPositionDocument);
  const [sent, setSent] = useState(false);
  const close = () => {
    reset();
    onClose();
  };
  const confirm = async () => {
    if (sent) return;
    setSent(true);
    try {
      const result = await submit({ variables: { delegationId, draftId } });
      if (result.data) {
        onSubmitted(result.data.submitPosition);
        onClose();
      }
    } catch {
      // shown below, by its code
    } finally {
      setSent(false);
    }
  };
  const empty = !content || (!content.general && content.provisions.length === 0);
  return (
    <Modal opened={opened} onClose={close} title={t('positions.submit.title')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <Alert color="blue" variant="light" p="xs">
          {t('positions.submit.whoSees', { delegation: t(`composition.delegations.${side}`) })}
        </Alert>
        <Stack gap="xs" data-testid="submission-preview">
          <Title order={3} fz="sm">
            {t('positions.general')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={content?.general ? undefined : 'dimmed'}>
            {content?.general || t('positions.submit.noGeneral')}
          </Text>
          {content?.provisions.map((p) => (
            <Stack key={p.provisionId} gap={2} pt={6} style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
              <Group gap="xs">
                <Text fw={700} size="sm">
                  {labels.get(p.provisionId) ?? p.provisionId}
                </Text>
                <StanceChip stance={p.stance} />
              </Group>
              {p.rationale && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  <Text span fw={600} size="sm">
                    {t('positions.paper.rationale')}:{' '}
                  </Text>
                  {p.rationale}
                </Text>
              )}
              {p.proposedWording && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  <Text span fw={600} size="sm">
                    {t('positions.paper.wording')}:{' '}
                  </Text>
                  {p.proposedWording}
                </Text>
              )}
            </Stack>
          ))}
          {content && content.provisions.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('positions.submit.noProvisions')}
            </Text>
          )}
        </Stack>
        {!saved && (
          <Text size="sm" c="orange.9" role="status">
            {t('positions.submit.waitForSave')}
          </Text>
        )}
        {error && <ProblemAlert error={error} title={t('positions.submit.failed')} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void confirm()} loading={loading} disabled={!saved || empty}>
            {t('positions.submit.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

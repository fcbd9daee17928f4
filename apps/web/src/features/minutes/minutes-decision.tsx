import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DecideOnMinutesDocument, type MinutesFieldsFragment } from '../../gql/graphql';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** A signatory's approval of the revision awaiting it, or a request for changes with what should change. */
export function MinutesDecision({ minutes }: { minutes: MinutesFieldsFragment }) {
  const { t } = useTranslation();
  const [decide, { loading, error }] = useMutation(DecideOnMinutesDocument);
  const [asking, setAsking] = useState(false);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const revision = minutes.revisions.at(-1)!;
  const signatory = minutes.mySignatory!;
  const mine = revision.approvals.find((approval) => approval.signatory === signatory);
  const send = async (decision: 'APPROVED' | 'CHANGES_REQUESTED') => {
    if (decision === 'CHANGES_REQUESTED' && !comment.trim()) return setMissing(true);
    try {
      await decide({ variables: { minutesId: minutes.id, revision: revision.number, decision, comment: decision === 'CHANGES_REQUESTED' ? comment : '' } });
      setAsking(false);
      setComment('');
    } catch {
      // shown below
    }
  };
  return (
    <Paper withBorder radius="sm" p="sm" component="section" aria-labelledby={`decide-${minutes.id}`}>
      <Stack gap="xs">
        <Title order={3} fz="h5" id={`decide-${minutes.id}`}>
          {t('minutes.decide.heading')}
        </Title>
        <Text size="sm">{signatory === 'FACILITATOR' ? t('minutes.decide.asChair') : t('minutes.decide.forSide', { side: t(`sides.${signatory}`) })}</Text>
        {mine && <Text size="sm">{t('minutes.decide.yours', { number: revision.number, decision: t(`minutes.approvals.${mine.decision}`) })}</Text>}
        {asking ? (
          <>
            <Textarea
              label={t('minutes.decide.comment')}
              value={comment}
              onChange={(event) => {
                setComment(event.currentTarget.value);
                setMissing(false);
              }}
              error={missing ? t('minutes.decide.commentRequired') : undefined}
              autosize
              minRows={3}
              maxLength={5000}
              data-autofocus
            />
            <Group gap="xs">
              <Button color="orange.8" loading={loading} onClick={() => void send('CHANGES_REQUESTED')}>
                {t('minutes.decide.send')}
              </Button>
              <Button variant="default" onClick={() => setAsking(false)}>
                {t('minutes.decide.cancel')}
              </Button>
            </Group>
          </>
        ) : (
          <Group gap="xs">
            <Button color="#1e6b34" loading={loading} onClick={() => void send('APPROVED')} disabled={mine?.decision === 'APPROVED'}>
              {t('minutes.decide.approve', { number: revision.number })}
            </Button>
            <Button variant="default" onClick={() => setAsking(true)}>
              {t('minutes.decide.requestChanges')}
            </Button>
          </Group>
        )}
        {error && <ProblemAlert error={error} />}
      </Stack>
    </Paper>
  );
}

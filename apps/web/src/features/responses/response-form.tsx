import { useEffect, useRef, useState } from 'react';
import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RESPONSE_REASONS_MAX, RESPONSE_VERDICTS } from '@tripart/contracts';
import type { GovernmentResponseFieldsFragment, ResponseVerdict } from '../../gql/graphql';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { useRespondToContribution } from './use-respond-to-contribution';

/**
 * The government's response to one contribution: a verdict and the reasons.
 * Its members save drafts (only the government delegation sees them); its
 * lead records it, which shows it to everyone seated on the dossier.
 */
export function ResponseForm({
  dossierId,
  contribution,
  canRecord,
  labelId,
}: {
  dossierId: string;
  contribution: { submissionId: string; provisionId: string; key: string; response: GovernmentResponseFieldsFragment | null | undefined };
  canRecord: boolean;
  labelId: string;
}) {
  const { t } = useTranslation();
  const saved = contribution.response;
  const [verdict, setVerdict] = useState<ResponseVerdict | null>(saved?.verdict ?? null);
  const [reasons, setReasons] = useState(saved?.reasons ?? '');
  // A response saved elsewhere (the lead recording it, live) replaces what the form shows, unless the person changed it here.
  const basis = useRef({ verdict: saved?.verdict ?? null, reasons: saved?.reasons ?? '' });
  useEffect(() => {
    const next = { verdict: saved?.verdict ?? null, reasons: saved?.reasons ?? '' };
    const untouched = verdict === basis.current.verdict && reasons === basis.current.reasons;
    basis.current = next;
    if (untouched) {
      setVerdict(next.verdict);
      setReasons(next.reasons);
    }
    // Only a new saved response moves the basis; the person's own edits do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved?.id, saved?.updatedAt]);
  const [done, setDone] = useState<'DRAFT' | 'RECORDED' | null>(null);
  const { respond, loading, error, reset } = useRespondToContribution(dossierId);
  const recorded = saved?.status === 'RECORDED';
  const send = async (record: boolean) => {
    if (!verdict) return;
    reset();
    setDone(null);
    const result = await respond({ dossierId, submissionId: contribution.submissionId, provisionId: contribution.provisionId, verdict, reasons: reasons.trim(), record }).catch(() => null);
    if (result?.data) setDone(record ? 'RECORDED' : 'DRAFT');
  };
  return (
    <Stack gap="xs" component="form" aria-labelledby={labelId} onSubmit={(event) => event.preventDefault()} data-testid="response-form">
      <Radio.Group label={t('responses.verdict')} value={verdict} onChange={(value) => setVerdict(value as ResponseVerdict)} size="sm" required>
        <Group gap="md" mt={4}>
          {RESPONSE_VERDICTS.map((value) => (
            <Radio key={value} value={value} label={t(`responses.verdicts.${value}`)} disabled={recorded && !canRecord} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        label={t('responses.reasons')}
        size="sm"
        autosize
        minRows={2}
        maxRows={8}
        maxLength={RESPONSE_REASONS_MAX}
        value={reasons}
        disabled={recorded && !canRecord}
        onChange={(event) => setReasons(event.currentTarget.value)}
      />
      <Text size="xs" c="gray.8">
        {canRecord ? t('responses.whoSeesLead') : recorded ? t('responses.recordedByLead') : t('responses.whoSeesMember')}
      </Text>
      <Group gap="xs">
        {!recorded && (
          <Button size="sm" variant="default" disabled={!verdict} loading={loading} onClick={() => void send(false)}>
            {t('responses.saveDraft')}
          </Button>
        )}
        {canRecord && (
          <Button size="sm" color="#1e6b34" disabled={!verdict} loading={loading} onClick={() => void send(true)}>
            {recorded ? t('responses.amend') : t('responses.record')}
          </Button>
        )}
      </Group>
      {done && (
        <Text size="sm" c="#1e6b34" role="status">
          {done === 'RECORDED' ? t('responses.recordedNote') : t('responses.draftSaved')}
        </Text>
      )}
      {error && <ProblemAlert title={t('responses.saveFailed')} error={error} />}
    </Stack>
  );
}

import { useMemo, useState } from 'react';
import { useMutation } from '@apollo/client';
import { Alert, Badge, Button, Code, Group, NativeSelect, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MINUTES_NARRATIVE_MAX, wordDiff } from '@tripart/contracts';
import { AddMinutesAddendumDocument, type MinutesFieldsFragment } from '../../gql/graphql';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { LockIcon } from '../../shared/ui/icons';
import { DiffText } from '../../shared/diff/diff-text';
import { formatDate } from '../i18n/format-date';
import { MinutesApprovals } from './minutes-approvals';
import { MinutesDecision } from './minutes-decision';
import { MinutesDocument } from './minutes-document';
import { MinutesEditor } from './minutes-editor';
import { MinutesExportButtons } from './minutes-export-buttons';
import { minutesText } from './minutes-text';
import { NarrativeEditor } from './narrative-editor';

/** Dark enough for white text (WCAG AA). */
const STATE_COLOURS = { DRAFT: '#495057', SENT: '#1c5d99', SEALED: '#1e6b34' } as const;

function AddAddendum({ minutesId }: { minutesId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [add, { loading, error }] = useMutation(AddMinutesAddendumDocument, { refetchQueries: ['SessionMinutes'] });
  if (!open) return <Button variant="default" w="fit-content" onClick={() => setOpen(true)}>{t('minutes.addendum.add')}</Button>;
  return (
    <Stack gap="xs">
      <NarrativeEditor label={t('minutes.addendum.text')} value={text} onChange={setText} maxLength={MINUTES_NARRATIVE_MAX} />
      <Button w="fit-content" loading={loading} disabled={!text.trim() || text.length > MINUTES_NARRATIVE_MAX} onClick={() => void add({ variables: { minutesId, text } }).then(() => setOpen(false), () => undefined)}>
        {t('minutes.addendum.create')}
      </Button>
      {error && <ProblemAlert error={error} />}
    </Stack>
  );
}

/** One minutes (or addendum): its state, the revision shown (with its changes from the one before), approvals, and what the reader may do. */
export function MinutesPanel({ minutes, sealedOn }: { minutes: MinutesFieldsFragment; sealedOn?: string | null }) {
  const { t, i18n } = useTranslation();
  const newest = minutes.revisions.at(-1)!;
  const [shown, setShown] = useState<number | null>(null);
  const [changes, setChanges] = useState(false);
  const revision = minutes.revisions.find((candidate) => candidate.number === shown) ?? newest;
  const previous = minutes.revisions.find((candidate) => candidate.number === revision.number - 1);
  const diff = useMemo(() => (changes && previous ? wordDiff(minutesText(previous.content, t), minutesText(revision.content, t)) : null), [changes, previous, revision, t]);
  const titleId = `minutes-${minutes.id}`;
  const sealed = minutes.state === 'SEALED';
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={titleId} data-minutes-id={minutes.id} data-state={minutes.state}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Title order={2} fz="h4" id={titleId}>
              {minutes.kind === 'ADDENDUM' && sealedOn ? t('minutes.addendum.of', { date: formatDate(sealedOn, i18n.language) }) : t(`minutes.kinds.${minutes.kind}`)}
            </Title>
            <Badge color={STATE_COLOURS[minutes.state]} radius="sm" tt="none" leftSection={sealed ? <LockIcon size={12} /> : undefined}>
              {t(`minutes.states.${minutes.state}`)}
            </Badge>
          </Group>
          {minutes.revisions.length > 1 && (
            <NativeSelect
              label={t('minutes.revisionPicker')}
              value={String(revision.number)}
              onChange={(event) => setShown(Number(event.currentTarget.value))}
              data={minutes.revisions.map((candidate) => ({
                value: String(candidate.number),
                label: candidate.sentAt ? t('minutes.revisionSent', { number: candidate.number, date: formatDate(candidate.sentAt, i18n.language) }) : t('minutes.revisionDraft', { number: candidate.number }),
              }))}
            />
          )}
        </Group>
        <MinutesExportButtons minutesId={minutes.id} revision={revision.number} />
        {sealed && (
          <Alert color="green" variant="light" icon={<LockIcon />} p="sm">
            <Stack gap={4}>
              <Text size="sm">{t('minutes.sealed', { date: formatDate(minutes.sealedAt!, i18n.language, true), number: minutes.sealedRevision })}</Text>
              <Text size="xs">
                {t('minutes.sealHash')}: <Code style={{ wordBreak: 'break-all' }}>{minutes.sealHash}</Code>
              </Text>
              <Text size="xs">{t('minutes.sealEvent', { seq: minutes.sealEventSeq })}</Text>
            </Stack>
          </Alert>
        )}
        {revision.sentAt && <MinutesApprovals revision={revision} />}
        {minutes.state === 'SENT' && minutes.mySignatory && revision === newest && <MinutesDecision minutes={minutes} />}
        {previous && <Switch label={t('minutes.showChanges', { number: previous.number })} checked={changes} onChange={(event) => setChanges(event.currentTarget.checked)} />}
        {diff ? (
          <Stack gap={4}>
            <Text size="xs" c="gray.7">
              {t('minutes.changesLegend')}
            </Text>
            <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap' }} data-testid="minutes-diff">
              <DiffText diff={diff} />
            </Text>
          </Stack>
        ) : (
          <MinutesDocument content={revision.content} />
        )}
        {minutes.canDraft && !sealed && <MinutesEditor key={newest.number} minutes={minutes} />}
        {minutes.canDraft && sealed && minutes.kind === 'MINUTES' && <AddAddendum minutesId={minutes.id} />}
      </Stack>
    </Paper>
  );
}

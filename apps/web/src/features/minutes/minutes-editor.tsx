import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MINUTES_NARRATIVE_MAX } from '@tripart/contracts';
import { SaveMinutesNarrativeDocument, SendMinutesDocument, type MinutesFieldsFragment } from '../../gql/graphql';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import type { MinutesContent } from './minutes-text';
import { NarrativeEditor } from './narrative-editor';

/** The narrative as the form holds it: every part the chair writes, keyed by item and intervention. */
function narrativeOf(content: MinutesContent) {
  return {
    opening: content.opening,
    closing: content.closing,
    notes: Object.fromEntries(content.items.map((item) => [item.agendaItemId, item.notes])) as Record<string, string>,
    summaries: Object.fromEntries(content.items.flatMap((item) => item.interventions.map((intervention) => [intervention.id, intervention.summary]))) as Record<string, string>,
  };
}


/** What the signatories asked to change on the last revision sent: what the chair's next revision answers. */
function ChangesAsked({ minutes }: { minutes: MinutesFieldsFragment }) {
  const { t } = useTranslation();
  const lastSent = [...minutes.revisions].reverse().find((revision) => revision.sentAt);
  const asked = lastSent?.approvals.filter((approval) => approval.decision === 'CHANGES_REQUESTED') ?? [];
  if (!lastSent || !asked.length) return null;
  return (
    <Alert color="orange" variant="light" p="xs" title={t('minutes.edit.changesAsked', { number: lastSent.number })} styles={{ title: { color: '#7a3300' } }}>
      <Stack gap={4}>
        {asked.map((approval) => (
          <Text key={approval.signatory} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span fw={600} size="sm">{`${t(`minutes.approvals.signatories.${approval.signatory}`)} (${approval.decidedBy}): `}</Text>
            {approval.comment}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

/** The chair's editing of the newest revision's narrative, and sending it for approval. */
export function MinutesEditor({ minutes }: { minutes: MinutesFieldsFragment }) {
  const { t } = useTranslation();
  const newest = minutes.revisions.at(-1)!;
  const [form, setForm] = useState(() => narrativeOf(newest.content));
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [save, saving] = useMutation(SaveMinutesNarrativeDocument);
  const [send, sending] = useMutation(SendMinutesDocument);
  const change = (patch: Partial<typeof form>) => {
    setForm((current) => ({ ...current, ...patch }));
    setSavedAt(null);
  };
  const narrative = () => ({
    opening: form.opening,
    closing: form.closing,
    items: newest.content.items.map((item) => ({
      agendaItemId: item.agendaItemId,
      notes: form.notes[item.agendaItemId] ?? '',
      interventions: item.interventions.map((intervention) => ({ id: intervention.id, summary: form.summaries[intervention.id] ?? '' })),
    })),
  });
  const onSave = async () => {
    try {
      await save({ variables: { minutesId: minutes.id, narrative: narrative() } });
      setSavedAt(Date.now());
    } catch {
      // shown below
    }
  };
  const onSend = async () => {
    try {
      await send({ variables: { minutesId: minutes.id } });
    } catch {
      // shown below
    }
  };
  const isAddendum = minutes.kind === 'ADDENDUM';
  const tooLong = [form.opening, form.closing, ...Object.values(form.notes), ...Object.values(form.summaries)].some((text) => text.length > MINUTES_NARRATIVE_MAX);
  return (
    <Paper withBorder radius="sm" p="sm" component="section" aria-labelledby={`narrative-${minutes.id}`}>
      <Stack gap="sm">
        <Title order={3} fz="h5" id={`narrative-${minutes.id}`}>
          {t('minutes.edit.heading')}
        </Title>
        {!isAddendum && <Text size="sm" c="gray.7">{t('minutes.edit.intro')}</Text>}
        <ChangesAsked minutes={minutes} />
        {newest.sentAt && (
          <Alert color="blue" variant="light" p="xs">
            {t('minutes.edit.nextRevision', { number: newest.number, next: newest.number + 1 })}
          </Alert>
        )}
        <NarrativeEditor label={isAddendum ? t('minutes.addendum.text') : t('minutes.edit.opening')} value={form.opening} onChange={(opening) => change({ opening })} maxLength={MINUTES_NARRATIVE_MAX} />
        {!isAddendum &&
          newest.content.items.map((item) => (
            <Stack key={item.agendaItemId} gap={6} pl="sm" style={{ borderInlineStart: '3px solid var(--mantine-color-gray-3)' }}>
              {item.interventions.map((intervention) => (
                <NarrativeEditor
                  key={intervention.id}
                  label={t('minutes.edit.summary', { speaker: intervention.speaker, side: t(`sides.${intervention.constituency}`) })}
                  value={form.summaries[intervention.id] ?? ''}
                  onChange={(summary) => change({ summaries: { ...form.summaries, [intervention.id]: summary } })}
                  maxLength={MINUTES_NARRATIVE_MAX}
                />
              ))}
              <NarrativeEditor
                label={t('minutes.edit.notes', { item: `${item.position + 1}. ${item.title}` })}
                value={form.notes[item.agendaItemId] ?? ''}
                onChange={(notes) => change({ notes: { ...form.notes, [item.agendaItemId]: notes } })}
                maxLength={MINUTES_NARRATIVE_MAX}
              />
            </Stack>
          ))}
        {!isAddendum && <NarrativeEditor label={t('minutes.edit.closing')} value={form.closing} onChange={(closing) => change({ closing })} maxLength={MINUTES_NARRATIVE_MAX} />}
        <Group gap="xs">
          <Button onClick={() => void onSave()} loading={saving.loading} disabled={tooLong}>
            {t('minutes.edit.save')}
          </Button>
          {savedAt && (
            <Text size="sm" role="status">
              {t('minutes.edit.saved')}
            </Text>
          )}
          {!newest.sentAt && (
            <Button variant="default" onClick={() => void onSend()} loading={sending.loading} disabled={savedAt === null && JSON.stringify(narrativeOf(newest.content)) !== JSON.stringify(form)}>
              {t('minutes.send', { number: newest.number })}
            </Button>
          )}
        </Group>
        {saving.error && <ProblemAlert error={saving.error} />}
        {sending.error && <ProblemAlert error={sending.error} />}
      </Stack>
    </Paper>
  );
}

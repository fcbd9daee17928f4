import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { ActionIcon, Alert, Button, Checkbox, Group, Modal, Paper, ScrollArea, Skeleton, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AgendaProvisionsDocument, ScheduleSessionDocument } from '../../gql/graphql';
import { firstProblem, maxLength, required, type Check } from '../../shared/errors/form-validators';
import { problemOf } from '../../shared/errors/graphql-error';
import { useProblemText } from '../../shared/errors/use-problem-text';
import { PlusIcon, SearchIcon, TrashIcon } from '../../shared/ui/icons';
import { outlineMatches } from '../drafts/provision-search';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { fromLocalInput, toLocalInput } from './format-session-time';

export interface AgendaDraftItem {
  key: string;
  provisionId: string | null;
  title: string;
}

/** Moves one agenda item up (-1) or down (+1); the same list when it cannot move. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item);
  return next;
}

function defaultTimes() {
  const start = new Date();
  start.setDate(start.getDate() + 1);
  start.setHours(10, 0, 0, 0);
  const end = new Date(start);
  end.setHours(12, 0, 0, 0);
  return { startsAt: toLocalInput(start), endsAt: toLocalInput(end) };
}

type Checks = Record<'title' | 'startsAt' | 'endsAt' | 'place' | 'meetingUrl' | 'agenda', Check>;

function ScheduleForm({ dossierId, onDone, onCancel }: { dossierId: string; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { fieldText } = useProblemText();
  const provisionsQuery = useQuery(AgendaProvisionsDocument, { variables: { id: dossierId } });
  const [schedule, { loading, error }] = useMutation(ScheduleSessionDocument);
  const problem = problemOf(error);
  const [values, setValues] = useState({ title: '', place: '', meetingUrl: '', ...defaultTimes() });
  const [agenda, setAgenda] = useState<AgendaDraftItem[]>([]);
  const [topic, setTopic] = useState('');
  const [articleFilter, setArticleFilter] = useState('');
  const [checks, setChecks] = useState<Checks>({ title: null, startsAt: null, endsAt: null, place: null, meetingUrl: null, agenda: null });
  const message = (check: Check) => (check ? t(check.key as 'validation.required', check.params) : null);

  const articles = useMemo(
    () =>
      [...(provisionsQuery.data?.dossier.currentDraft?.provisions ?? [])]
        .filter((provision) => provision.kind === 'ARTICLE')
        .sort((a, b) => a.position - b.position),
    [provisionsQuery.data],
  );
  const articleLabel = (provision: (typeof articles)[number]) =>
    [provision.number ?? t('drafts.kinds.ARTICLE'), provision.heading].filter(Boolean).join(' — ');
  const chosen = new Set(agenda.map((item) => item.provisionId).filter(Boolean));
  const shownArticles = articles.filter((provision) => outlineMatches(provision, articleFilter));

  const toggleArticle = (provision: (typeof articles)[number], on: boolean) => {
    if (on) {
      // Keep the draft's order when picking articles: insert before the first later article.
      const order = new Map(articles.map((a, index) => [a.id, index]));
      const mine = order.get(provision.id) ?? 0;
      const next = [...agenda];
      const at = next.findIndex((item) => item.provisionId !== null && (order.get(item.provisionId) ?? 0) > mine);
      next.splice(at < 0 ? next.length : at, 0, { key: provision.id, provisionId: provision.id, title: articleLabel(provision) });
      setAgenda(next);
    } else {
      setAgenda(agenda.filter((item) => item.provisionId !== provision.id));
    }
  };

  const addTopic = () => {
    const title = topic.trim();
    if (!title) return;
    setAgenda([...agenda, { key: `topic-${Date.now()}-${agenda.length}`, provisionId: null, title }]);
    setTopic('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const startsAt = fromLocalInput(values.startsAt);
    const endsAt = fromLocalInput(values.endsAt);
    const url = values.meetingUrl.trim();
    const next: Checks = {
      title: firstProblem(required(values.title), values.title.trim().length >= 3 ? null : { key: 'validation.tooShort', params: { min: 3 } }, maxLength(300)(values.title)),
      startsAt: startsAt ? null : { key: 'validation.required' },
      endsAt: !endsAt ? { key: 'validation.required' } : startsAt && endsAt <= startsAt ? { key: 'sessions.form.endAfterStart' } : null,
      place: maxLength(300)(values.place),
      meetingUrl: url && !/^https?:\/\/\S+$/i.test(url) ? { key: 'sessions.form.urlInvalid' } : maxLength(500)(url),
      agenda: agenda.length === 0 ? { key: 'sessions.form.agendaRequired' } : null,
    };
    setChecks(next);
    if (Object.values(next).some(Boolean) || !startsAt || !endsAt) return;
    const result = await schedule({
      variables: {
        input: {
          dossierId,
          title: values.title.trim(),
          startsAt,
          endsAt,
          place: values.place.trim() || null,
          meetingUrl: url || null,
          agenda: agenda.map((item) => (item.provisionId ? { provisionId: item.provisionId } : { title: item.title })),
        },
      },
    }).catch(() => null);
    if (result?.data) onDone();
  };

  const agendaError = message(checks.agenda) ?? fieldText(problem, 'agenda');

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {problem && problem.fieldErrors.length === 0 && <ProblemAlert error={error} />}
        <TextInput
          label={t('sessions.form.title')}
          description={t('sessions.form.titleHint')}
          required
          data-autofocus
          value={values.title}
          onChange={(event) => setValues({ ...values, title: event.currentTarget.value })}
          error={message(checks.title) ?? fieldText(problem, 'title')}
        />
        <Group grow align="flex-start">
          <TextInput
            type="datetime-local"
            label={t('sessions.form.startsAt')}
            required
            value={values.startsAt}
            onChange={(event) => setValues({ ...values, startsAt: event.currentTarget.value })}
            error={message(checks.startsAt) ?? fieldText(problem, 'startsAt')}
          />
          <TextInput
            type="datetime-local"
            label={t('sessions.form.endsAt')}
            required
            value={values.endsAt}
            onChange={(event) => setValues({ ...values, endsAt: event.currentTarget.value })}
            error={message(checks.endsAt) ?? fieldText(problem, 'endsAt')}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t('sessions.form.place')}
            description={t('common.optional')}
            value={values.place}
            onChange={(event) => setValues({ ...values, place: event.currentTarget.value })}
            error={message(checks.place) ?? fieldText(problem, 'place')}
          />
          <TextInput
            type="url"
            label={t('sessions.form.meetingUrl')}
            description={t('sessions.form.meetingUrlHint')}
            value={values.meetingUrl}
            onChange={(event) => setValues({ ...values, meetingUrl: event.currentTarget.value })}
            error={message(checks.meetingUrl) ?? fieldText(problem, 'meetingUrl')}
          />
        </Group>

        <Group align="flex-start" grow gap="md" wrap="nowrap">
          <Stack component="fieldset" gap={6} m={0} p={0} style={{ border: 'none', minWidth: 0 }}>
            <Text component="legend" fw={600} size="sm" mb={4}>
              {t('sessions.form.articles')}
            </Text>
            {provisionsQuery.loading && !provisionsQuery.data ? (
              <Skeleton height={120} role="status" aria-label={t('common.loading')} />
            ) : provisionsQuery.error ? (
              <ProblemAlert error={provisionsQuery.error} onRetry={() => void provisionsQuery.refetch()} />
            ) : articles.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('sessions.form.noArticles')}
              </Text>
            ) : (
              <>
              <TextInput
                size="xs"
                type="search"
                aria-label={t('sessions.form.filterArticles')}
                placeholder={t('sessions.form.filterArticles')}
                leftSection={<SearchIcon size={14} />}
                value={articleFilter}
                onChange={(event) => setArticleFilter(event.currentTarget.value)}
                description={articleFilter ? t('sessions.form.articlesShown', { shown: shownArticles.length, count: articles.length }) : undefined}
              />
              <ScrollArea.Autosize mah={240} type="auto" offsetScrollbars>
                <Stack gap={4}>
                  {shownArticles.map((provision) => (
                    <Checkbox
                      key={provision.id}
                      size="sm"
                      label={articleLabel(provision)}
                      checked={chosen.has(provision.id)}
                      onChange={(event) => toggleArticle(provision, event.currentTarget.checked)}
                    />
                  ))}
                </Stack>
              </ScrollArea.Autosize>
              </>
            )}
            <Group gap="xs" align="flex-end" wrap="nowrap" mt="xs">
              <TextInput
                label={t('sessions.form.freeTopic')}
                placeholder={t('sessions.form.freeTopicPlaceholder')}
                value={topic}
                onChange={(event) => setTopic(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    addTopic();
                  }
                }}
                style={{ flex: 1 }}
              />
              <Button variant="default" leftSection={<PlusIcon />} onClick={addTopic} disabled={!topic.trim()}>
                {t('sessions.form.addTopic')}
              </Button>
            </Group>
          </Stack>

          <Paper withBorder radius="sm" p="xs" component="section" aria-labelledby="agenda-order-heading" style={{ minWidth: 0 }}>
            <Title order={3} fz="sm" id="agenda-order-heading" mb={6}>
              {t('sessions.form.agenda', { count: agenda.length })}
            </Title>
            {agenda.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('sessions.form.agendaEmpty')}
              </Text>
            ) : (
              <Stack component="ol" gap={4} m={0} p={0} aria-label={t('sessions.form.agendaOrder')}>
                {agenda.map((item, index) => (
                  <Group component="li" key={item.key} gap={4} wrap="nowrap" justify="space-between" style={{ listStyle: 'none' }}>
                    <Text size="sm" miw={0} style={{ flex: 1 }}>
                      {index + 1}. {item.title}
                      {!item.provisionId && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          ({t('sessions.form.topic')})
                        </Text>
                      )}
                    </Text>
                    <Group gap={2} wrap="nowrap">
                      <Tooltip label={t('sessions.form.moveUp', { title: item.title })}>
                        <ActionIcon variant="subtle" size="sm" disabled={index === 0} onClick={() => setAgenda(moveItem(agenda, index, -1))} aria-label={t('sessions.form.moveUp', { title: item.title })}>
                          <span aria-hidden="true">↑</span>
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('sessions.form.moveDown', { title: item.title })}>
                        <ActionIcon variant="subtle" size="sm" disabled={index === agenda.length - 1} onClick={() => setAgenda(moveItem(agenda, index, 1))} aria-label={t('sessions.form.moveDown', { title: item.title })}>
                          <span aria-hidden="true">↓</span>
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('sessions.form.remove', { title: item.title })}>
                        <ActionIcon variant="subtle" color="red" size="sm" onClick={() => setAgenda(agenda.filter((_, i) => i !== index))} aria-label={t('sessions.form.remove', { title: item.title })}>
                          <TrashIcon size={14} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Group>
                ))}
              </Stack>
            )}
          </Paper>
        </Group>
        {agendaError && (
          <Alert color="red" variant="light" role="alert" p="xs">
            {agendaError}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('sessions.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ScheduleSessionModal({ opened, dossierId, onClose, onScheduled }: { opened: boolean; dossierId: string; onClose(): void; onScheduled(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('sessions.form.heading')} closeButtonProps={{ 'aria-label': t('common.close') }} size="xl">
      {opened && <ScheduleForm dossierId={dossierId} onDone={onScheduled} onCancel={onClose} />}
    </Modal>
  );
}

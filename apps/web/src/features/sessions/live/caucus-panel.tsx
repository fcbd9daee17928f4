import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client';
import { Badge, Button, Group, Paper, ScrollArea, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Constituency } from '@tripart/contracts';
import { SessionCaucusDocument } from '../../../gql/graphql';
import { LockIcon } from '../../../shared/ui/icons';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { SIDE_STYLES } from '../../../shared/ui/side-style';
import { useRealtimeSocket } from '../../realtime/realtime.context';
import { useSocketEvent } from '../../realtime/use-socket-event';
import { ActionError } from './action-error';
import type { LiveSession } from './use-live-session';
import { useLiveAction } from './use-live-action';

interface Message {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
}

/** My delegation's private channel during a caucus break: stored messages plus those pushed live. */
export function CaucusPanel({ sessionId, side, live }: { sessionId: string; side: Constituency; live: LiveSession }) {
  const { t, i18n } = useTranslation();
  const socket = useRealtimeSocket();
  const query = useQuery(SessionCaucusDocument, { variables: { id: sessionId }, fetchPolicy: 'cache-and-network' });
  const [pushed, setPushed] = useState<Message[]>([]);
  const [body, setBody] = useState('');
  const action = useLiveAction(live.emit);
  const end = useRef<HTMLDivElement>(null);
  const { refetch } = query;

  useSocketEvent('caucus:message', (event) => {
    if (event.sessionId === sessionId) setPushed((current) => [...current, event.message]);
  });
  // Messages sent while we were disconnected come with the next fetch.
  useEffect(() => {
    if (!socket) return undefined;
    const again = () => void refetch().catch(() => undefined);
    socket.on('connect', again);
    return () => {
      socket.off('connect', again);
    };
  }, [socket, refetch]);

  const messages = useMemo(() => {
    const byId = new Map<string, Message>();
    for (const message of [...(query.data?.consultationSession.caucusMessages ?? []), ...pushed]) byId.set(message.id, message);
    return [...byId.values()].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  }, [query.data, pushed]);

  useEffect(() => {
    // Braces matter: newer browsers return a promise from scrollIntoView, and an effect may only return a cleanup.
    end.current?.scrollIntoView({ block: 'nearest' });
  }, [messages.length]);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return;
    const result = await action.run('say', 'caucus:say', { sessionId, body: text });
    if (result.ok) setBody('');
  };

  const style = SIDE_STYLES[side];
  const delegation = t(`composition.delegations.${side}`);
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });
  return (
    <Paper withBorder radius="sm" p="sm" component="section" aria-labelledby="caucus-heading" style={{ background: style.tint, borderColor: style.accent }} data-private="delegation">
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <Title order={2} fz="sm" id="caucus-heading" style={{ color: style.ink }}>
            {t('live.caucus.title')}
          </Title>
          <Badge size="sm" radius="sm" tt="none" variant="white" leftSection={<LockIcon size={12} />} styles={{ root: { color: style.ink, border: `1px solid ${style.accent}` } }}>
            {t('comments.privateTo', { delegation })}
          </Badge>
        </Group>
        {query.error && !query.data ? (
          <ProblemAlert error={query.error} onRetry={() => void refetch()} />
        ) : (
          <ScrollArea.Autosize mah={260} type="auto">
            {messages.length === 0 ? (
              <Text size="sm" style={{ color: style.ink }}>
                {t('live.caucus.empty')}
              </Text>
            ) : (
              <div role="log" aria-live="polite" aria-label={t('live.caucus.log')}>
              <Stack component="ol" gap={6} m={0} p={0}>
                {messages.map((message) => (
                  <li key={message.id} style={{ listStyle: 'none' }}>
                    <Text size="xs" fw={700} style={{ color: style.ink }}>
                      {message.authorName} · <time dateTime={message.createdAt}>{time.format(new Date(message.createdAt))}</time>
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap', color: 'var(--mantine-color-gray-9)' }}>
                      {message.body}
                    </Text>
                  </li>
                ))}
              </Stack>
              </div>
            )}
            <div ref={end} />
          </ScrollArea.Autosize>
        )}
        <form onSubmit={(event) => void send(event)}>
          <Stack gap={6}>
            <Textarea
              label={t('live.caucus.message')}
              description={t('live.caucus.whoSees', { delegation })}
              autosize
              minRows={1}
              maxRows={4}
              maxLength={2000}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && !event.shiftKey) {
                  event.preventDefault();
                  event.currentTarget.form?.requestSubmit();
                }
              }}
            />
            <Button type="submit" size="sm" disabled={!body.trim() || live.link !== 'live'} loading={action.pending === 'say'}>
              {t('live.caucus.send')}
            </Button>
            <ActionError code={action.failure?.code} onClose={action.clear} />
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}

import { useMutation, useQuery } from '@apollo/client';
import { Anchor, Button, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { GenerateMinutesDocument, SessionMinutesDocument } from '../../gql/graphql';
import { EmptyState } from '../../shared/ui/empty-state';
import { FileTextIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { useDossierWatch } from '../realtime/use-dossier-watch';
import { useRefetchInTurn } from '../realtime/use-refetch-in-turn';
import { useSocketEvent } from '../realtime/use-socket-event';
import { MinutesPanel } from './minutes-panel';

/** A session's minutes and addenda: read by everyone seated, written by the chair, approved by the three sides and the chair. */
export function MinutesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SessionMinutesDocument, { variables: { sessionId: id }, fetchPolicy: 'cache-and-network' });
  const [generate, generating] = useMutation(GenerateMinutesDocument, { refetchQueries: ['SessionMinutes'] });
  const session = data?.consultationSession;
  useDossierWatch(session?.dossierId ?? null, {});
  const refetchInTurn = useRefetchInTurn(refetch);
  useSocketEvent('minutes:changed', (event) => {
    if (event.sessionId === id) void refetchInTurn();
  });

  if (loading && !data) {
    return (
      <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton height={32} />
        <Skeleton height={300} />
      </Stack>
    );
  }
  if (error && !data) return <ProblemAlert title={t('minutes.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (!session || !data) return null;
  const all = data.sessionMinutes;
  const main = all.find((minutes) => minutes.kind === 'MINUTES');
  const canGenerate = !main && session.me.canRun && session.status === 'CLOSED';
  return (
    <Stack gap="md" maw={960}>
      <Anchor component={Link} to={`/dossiers/${session.dossierId}/sessions`} size="sm" w="fit-content">
        {t('minutes.back')}
      </Anchor>
      <Title order={1} fz="h2">
        {t('minutes.pageTitle', { title: session.title })}
      </Title>
      {all.length === 0 && (
        <EmptyState
          icon={<FileTextIcon />}
          title={t('minutes.none')}
          hint={session.status !== 'CLOSED' ? t('minutes.notClosed') : t('minutes.noneHint')}
          action={
            canGenerate ? (
              <GenerateButton loading={generating.loading} onClick={() => void generate({ variables: { sessionId: id } }).catch(() => undefined)} />
            ) : undefined
          }
        />
      )}
      {generating.error && <ProblemAlert error={generating.error} />}
      {all.map((minutes) => (
        <MinutesPanel key={minutes.id} minutes={minutes} sealedOn={minutes.kind === 'ADDENDUM' ? main?.sealedAt : null} />
      ))}
    </Stack>
  );
}

function GenerateButton({ loading, onClick }: { loading: boolean; onClick(): void }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} align="center">
      <Text size="sm" c="gray.7" maw={520} ta="center">
        {t('minutes.generateHint')}
      </Text>
      <Button onClick={onClick} loading={loading}>
        {t('minutes.generate')}
      </Button>
    </Stack>
  );
}

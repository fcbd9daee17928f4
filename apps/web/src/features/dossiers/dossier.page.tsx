import { lazy, Suspense } from 'react';
import { useQuery } from '@apollo/client';
import { Button, Loader, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { DossierDocument } from '../../gql/graphql';
import { problemOf } from '../../shared/errors/graphql-error';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { usePrefetchDraftText } from '../drafts/use-prefetch-draft-text';
import { useDossierWatch } from '../realtime/use-dossier-watch';
import { CompositionTab } from './composition.tab';
import { DossierHeader } from './dossier-header';

// The default tab's code is fetched with the page, not once the dossier has loaded (one round trip less before a draft shows).
const draftTabModule = import('../drafts/draft.tab');
const DraftTab = lazy(async () => ({ default: (await draftTabModule).DraftTab }));
const CoverageTab = lazy(async () => ({ default: (await import('../conventions/coverage.tab')).CoverageTab }));
const PositionsTab = lazy(async () => ({ default: (await import('../positions/positions.tab')).PositionsTab }));
const SessionsTab = lazy(async () => ({ default: (await import('../sessions/sessions.tab')).SessionsTab }));
const OutcomesTab = lazy(async () => ({ default: (await import('../outcomes/outcomes.tab')).OutcomesTab }));
const ActivityTab = lazy(async () => ({ default: (await import('../audit/activity.tab')).ActivityTab }));
const EvidenceTab = lazy(async () => ({ default: (await import('../evidence/evidence.tab')).EvidenceTab }));

export const DOSSIER_TABS = ['draft', 'coverage', 'positions', 'sessions', 'outcomes', 'record', 'composition', 'activity'] as const;
type DossierTab = (typeof DOSSIER_TABS)[number];

function isTab(value: string | undefined): value is DossierTab {
  return (DOSSIER_TABS as readonly string[]).includes(value ?? '');
}

/** NOT_FOUND and FORBIDDEN look the same from outside: the dossier is not (or no longer) mine to see. */
function GoneState() {
  const { t } = useTranslation();
  useDocumentTitle(t('dossier.goneTitle'));
  return (
    <Stack gap="sm" maw={560} py="xl">
      <Title order={1} fz="h2">
        {t('dossier.goneTitle')}
      </Title>
      <Text c="gray.7">{t('dossier.goneBody')}</Text>
      <Button component={Link} to="/dossiers" w="fit-content">
        {t('dossier.backToList')}
      </Button>
    </Stack>
  );
}

function HeaderSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
      <Skeleton height={18} width={200} />
      <Skeleton height={32} width="50%" />
      <Skeleton height={22} width={360} />
      <Skeleton height={240} mt="md" />
    </Stack>
  );
}

export function DossierPage() {
  const { t, i18n } = useTranslation();
  const { id = '', tab } = useParams();
  const navigate = useNavigate();
  const { data, previousData, error, refetch } = useQuery(DossierDocument, {
    variables: { id, locale: i18n.language },
  });
  // The draft tab's versions and text, asked for beside the dossier rather than after it has drawn.
  usePrefetchDraftText(id, tab === 'draft');
  const dossier = data?.dossier ?? (previousData?.dossier.id === id ? previousData.dossier : undefined);
  useDocumentTitle(dossier?.title ?? t('dossier.title'));
  useDossierWatch(dossier ? id : null, {
    onAccessChanged: () => void refetch().catch(() => undefined),
  });

  if (!isTab(tab)) return <Navigate to={`/dossiers/${id}/draft`} replace />;

  const code = problemOf(error)?.code;
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || (code === 'BAD_USER_INPUT' && !dossier)) return <GoneState />;
  if (error && !dossier) return <ProblemAlert title={t('dossier.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (!dossier) return <HeaderSkeleton />;

  return (
    <Stack gap="md">
      <DossierHeader dossier={dossier} />
      <Tabs value={tab} onChange={(next) => next && navigate(`/dossiers/${id}/${next}`)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="draft">{t('dossier.tabs.draft')}</Tabs.Tab>
          <Tabs.Tab value="coverage">{t('dossier.tabs.coverage')}</Tabs.Tab>
          <Tabs.Tab value="positions">{t('dossier.tabs.positions')}</Tabs.Tab>
          <Tabs.Tab value="sessions">{t('dossier.tabs.sessions')}</Tabs.Tab>
          <Tabs.Tab value="outcomes">{t('dossier.tabs.outcomes')}</Tabs.Tab>
          <Tabs.Tab value="record">{t('evidence.tab')}</Tabs.Tab>
          <Tabs.Tab value="composition">{t('dossier.tabs.composition')}</Tabs.Tab>
          <Tabs.Tab value="activity">{t('dossier.tabs.activity')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="draft" pt="md">
          <Suspense fallback={<Loader size="sm" aria-label={t('common.loading')} />}>
            <DraftTab dossier={dossier} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="coverage" pt="md">
          <Suspense fallback={<Loader size="sm" aria-label={t('common.loading')} />}>
            <CoverageTab dossier={dossier} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="positions" pt="md">
          <Suspense fallback={<Loader size="sm" aria-label={t('common.loading')} />}>
            <PositionsTab dossier={dossier} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="sessions" pt="md">
          <Suspense fallback={<Loader size="sm" aria-label={t('common.loading')} />}>
            <SessionsTab dossier={dossier} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="outcomes" pt="md">
          <Suspense fallback={<Loader size="sm" aria-label={t('common.loading')} />}>
            <OutcomesTab dossier={dossier} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="record" pt="md">
          <Suspense fallback={<Loader size="sm" aria-label={t('common.loading')} />}>
            <EvidenceTab dossier={dossier} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="composition" pt="md">
          <CompositionTab dossier={dossier} />
        </Tabs.Panel>
        <Tabs.Panel value="activity" pt="md">
          <Suspense fallback={<Loader size="sm" aria-label={t('common.loading')} />}>
            <ActivityTab dossierId={dossier.id} />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

import { useMemo } from 'react';
import { useQuery } from '@apollo/client';
import { Skeleton, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PositionsDraftDocument, PositionSubmissionsDocument, type DossierDetailFragment } from '../../gql/graphql';
import { EmptyState } from '../../shared/ui/empty-state';
import { FileTextIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { MyPaper } from './my-paper';
import { submissionsBySide } from './position-content';
import { SubmittedPositions } from './submitted-positions';

type View = 'paper' | 'submitted';

/**
 * Positions: my delegation's private paper (delegates only — nobody else ever
 * opens it) and every side's submitted papers, side by side.
 */
export function PositionsTab({ dossier }: { dossier: DossierDetailFragment }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const draft = useQuery(PositionsDraftDocument, { variables: { id: dossier.id } });
  // No server push for submissions yet: poll while the tab is open.
  const submissions = useQuery(PositionSubmissionsDocument, { variables: { dossierId: dossier.id }, fetchPolicy: 'cache-and-network', pollInterval: 30_000 });
  const current = draft.data?.dossier.currentDraft ?? null;
  const articles = useMemo(() => (current?.provisions ?? []).filter((p) => p.kind === 'ARTICLE'), [current]);
  const side = dossier.me.role === 'DELEGATE' ? dossier.me.constituency : null;
  const delegation = side ? dossier.delegations.find((d) => d.constituency === side) ?? null : null;
  const list = submissions.data?.positionSubmissions ?? [];
  const latestMine = current && side ? submissionsBySide(list, current.id)[side].at(-1) ?? null : null;
  const requested = params.get('view');
  const view: View = delegation ? (requested === 'submitted' ? 'submitted' : 'paper') : 'submitted';

  if (draft.loading && !draft.data) {
    return (
      <Stack gap="sm" role="status" aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton height={36} width={360} />
        <Skeleton height={320} />
      </Stack>
    );
  }
  if (draft.error && !draft.data) return <ProblemAlert title={t('positions.loadFailed')} error={draft.error} onRetry={() => void draft.refetch()} />;
  if (!current) return <EmptyState icon={<FileTextIcon />} title={t('positions.noDraft')} hint={t('positions.noDraftHint')} />;
  if (articles.length === 0) return <EmptyState icon={<FileTextIcon />} title={t('positions.noArticles')} />;

  const submitted = (
    <>
      {submissions.error && !submissions.data && (
        <ProblemAlert title={t('positions.submitted.loadFailed')} error={submissions.error} onRetry={() => void submissions.refetch()} />
      )}
      {submissions.loading && !submissions.data ? (
        <Skeleton height={240} role="status" aria-label={t('common.loading')} />
      ) : (
        submissions.data && <SubmittedPositions submissions={list} draftId={current.id} language={current.language} articles={articles} />
      )}
    </>
  );

  if (!delegation || !side) return <Stack gap="sm">{submitted}</Stack>;

  return (
    <Tabs
      value={view}
      variant="pills"
      onChange={(next) =>
        setParams((currentParams) => {
          const copy = new URLSearchParams(currentParams);
          copy.set('view', next ?? 'paper');
          return copy;
        }, { replace: true })
      }
      keepMounted
    >
      <Tabs.List aria-label={t('positions.views')}>
        <Tabs.Tab value="paper">{t('positions.paper.tab')}</Tabs.Tab>
        <Tabs.Tab value="submitted">{t('positions.submitted.tab')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="paper" pt="sm">
        <MyPaper
          dossierId={dossier.id}
          side={side}
          delegationId={delegation.id}
          draftId={current.id}
          language={current.language}
          articles={articles}
          isLead={dossier.me.isLead}
          latestMine={latestMine}
          onSubmitted={() => void submissions.refetch().catch(() => undefined)}
        />
      </Tabs.Panel>
      <Tabs.Panel value="submitted" pt="sm">
        {submitted}
      </Tabs.Panel>
    </Tabs>
  );
}

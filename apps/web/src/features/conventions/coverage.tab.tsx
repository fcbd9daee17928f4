import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client';
import { Button, Group, Skeleton, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DossierCoverageDocument, type DossierDetailFragment } from '../../gql/graphql';
import { EmptyState } from '../../shared/ui/empty-state';
import { FileTextIcon, HistoryIcon, LinkIcon, PencilIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { ConventionCoverageSection } from './convention-coverage.section';
import { provisionReference, type CoverageProvision } from './coverage-rows';
import { DossierConventionsModal } from './dossier-conventions.modal';
import { REVIEW_COLOURS } from './link-status';
import { useConventionLinksChanged } from './use-convention-links-changed';

function CoverageSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
      <Skeleton height={20} width={420} />
      <Skeleton height={28} width={360} mt="sm" />
      <Skeleton height={160} />
    </Stack>
  );
}

/** Per convention of the dossier: which provisions of the current draft address which articles, and the gaps noted. */
export function CoverageTab({ dossier }: { dossier: DossierDetailFragment }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DossierCoverageDocument, {
    variables: { id: dossier.id, locale: i18n.language },
    fetchPolicy: 'cache-and-network',
  });
  const [onlyGaps, setOnlyGaps] = useState(false);
  const [editing, setEditing] = useState(false);
  // A facilitator changed a link, here or in another browser: the sums follow.
  useConventionLinksChanged(dossier.id, () => void refetch().catch(() => undefined));
  const saved = useMemo(() => dossier.conventions.map((convention) => convention.code), [dossier.conventions]);
  const draft = data?.dossier.currentDraft ?? null;
  const { provisions, labelOf } = useMemo(() => {
    const provisions = new Map<string, CoverageProvision>((draft?.provisions ?? []).map((p) => [p.id, p]));
    const names = {
      kind: (kind: string) => t(`drafts.kinds.${kind}` as 'drafts.kinds.ARTICLE', { defaultValue: kind }),
    };
    return { provisions, labelOf: (provision: CoverageProvision) => provisionReference(provision, provisions, names) };
  }, [draft, t]);

  if (loading && !data) return <CoverageSkeleton />;
  if (error && !data) return <ProblemAlert title={t('conventions.coverage.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (!data) return null;

  const hint = dossier.me.canManage ? t('conventions.coverage.managerHint') : t('conventions.coverage.hint');
  if (!draft) return <EmptyState icon={<FileTextIcon />} title={t('conventions.coverage.noDraft')} hint={t('conventions.coverage.noDraftHint')} />;
  const coverage = data.dossier.coverage;
  const editButton = dossier.me.canManage && (
    <Button size="compact-sm" variant="light" leftSection={<PencilIcon size={14} />} onClick={() => setEditing(true)} w="fit-content">
      {t('conventions.dossier.edit')}
    </Button>
  );
  const editor = (
    <DossierConventionsModal opened={editing} dossierId={dossier.id} saved={saved} coverage={coverage} onClose={() => setEditing(false)} />
  );
  if (coverage.length === 0) {
    return (
      <>
        <EmptyState
          icon={<LinkIcon />}
          title={t('conventions.coverage.noConventions')}
          hint={dossier.me.canManage ? t('conventions.coverage.noConventionsManagerHint') : hint}
          action={editButton}
        />
        {editor}
      </>
    );
  }
  const linked = coverage.some((entry) => entry.links.length > 0);
  const toReview = coverage.reduce((sum, entry) => sum + entry.links.filter((link) => link.needsReview).length, 0);

  return (
    <Stack gap="md" maw={1080}>
      <Group justify="space-between" wrap="wrap" gap="sm" align="center">
        <Text size="sm" c="gray.7" maw="70ch">
          {t('conventions.coverage.intro', { version: draft.version })}
        </Text>
        <Group gap="md" wrap="wrap">
          {linked && <Switch label={t('conventions.coverage.onlyGaps')} checked={onlyGaps} onChange={(event) => setOnlyGaps(event.currentTarget.checked)} />}
          {editButton}
        </Group>
      </Group>
      {editor}
      {toReview > 0 && (
        <Group gap={6} wrap="nowrap" align="flex-start" data-links-to-review={toReview} style={{ color: REVIEW_COLOURS.ink }}>
          <HistoryIcon size={16} style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm" c="inherit" maw="80ch">
            <Text span fw={600} inherit>
              {t('conventions.coverage.reviewNotice', { count: toReview })}
            </Text>{' '}
            {dossier.me.canManage && t('conventions.coverage.reviewNoticeManagerHint')}
          </Text>
        </Group>
      )}
      {!linked && <EmptyState icon={<LinkIcon />} title={t('conventions.coverage.noLinks')} hint={hint} />}
      {error && <ProblemAlert error={error} onRetry={() => void refetch()} />}
      {coverage.map((entry) => (
        <ConventionCoverageSection
          key={entry.convention.code}
          dossierId={dossier.id}
          convention={entry.convention}
          links={entry.links}
          provisions={provisions}
          labelOf={labelOf}
          onlyGaps={onlyGaps}
          outsideDossier={!saved.includes(entry.convention.code)}
        />
      ))}
    </Stack>
  );
}

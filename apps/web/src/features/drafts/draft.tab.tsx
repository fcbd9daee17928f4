import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Alert, Modal, Paper, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DossierDraftsDocument, type DossierDetailFragment } from '../../gql/graphql';
import { EmptyState } from '../../shared/ui/empty-state';
import { CheckIcon, FileTextIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { DraftImportPanel } from './draft-import.panel';
import { DraftReader } from './draft-reader';
import type { DraftImported } from './draft-upload';

export function DraftTab({ dossier }: { dossier: DossierDetailFragment }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DossierDraftsDocument, { variables: { id: dossier.id } });
  const [params, setParams] = useSearchParams();
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<DraftImported | null>(null);
  const drafts = data?.dossier.drafts ?? [];
  const nextVersion = Math.max(0, ...drafts.map((draft) => draft.version)) + 1;
  const selected = drafts.find((draft) => draft.id === params.get('draft')) ?? drafts[0];

  const onImported = async (result: DraftImported) => {
    await refetch().catch(() => undefined);
    setImporting(false);
    setImported(result);
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set('draft', result.draft.id);
      next.delete('provision');
      return next;
    });
  };

  if (loading && !data) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton height={36} width={420} />
        <Skeleton height={320} />
      </Stack>
    );
  }
  if (error && !data) return <ProblemAlert title={t('drafts.loadFailed')} error={error} onRetry={() => void refetch()} />;

  if (!selected) {
    return (
      <Stack gap="md" maw={880}>
        <EmptyState
          icon={<FileTextIcon />}
          title={t('drafts.empty')}
          hint={dossier.me.canManage ? t('drafts.emptyManagerHint') : t('drafts.emptyHint')}
        />
        {dossier.me.canManage && (
          <Paper withBorder radius="sm" p="md">
            <DraftImportPanel dossierId={dossier.id} nextVersion={1} onImported={(result) => void onImported(result)} />
          </Paper>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      {imported && (
        <Alert
          color="green"
          variant="light"
          icon={<CheckIcon />}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setImported(null)}
          role="status"
        >
          {imported.summary
            ? t('drafts.importedWithChanges', { version: imported.draft.version, ...imported.summary })
            : t('drafts.imported', { version: imported.draft.version })}
        </Alert>
      )}
      <DraftReader
        key={selected.id}
        dossier={dossier}
        drafts={drafts}
        draftId={selected.id}
        onSelectDraft={(id) =>
          setParams((current) => {
            const next = new URLSearchParams(current);
            next.set('draft', id);
            return next;
          })
        }
        onImport={() => setImporting(true)}
      />
      <Modal
        opened={importing}
        onClose={() => setImporting(false)}
        title={t('drafts.import.newVersionTitle', { version: nextVersion })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        {importing && (
          <DraftImportPanel
            dossierId={dossier.id}
            nextVersion={nextVersion}
            onImported={(result) => void onImported(result)}
            onCancel={() => setImporting(false)}
          />
        )}
      </Modal>
    </Stack>
  );
}

import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdminOrganizationsDocument, type OrganizationRowFragment } from '../../gql/graphql';
import { EmptyState } from '../../shared/ui/empty-state';
import { BuildingIcon, PlusIcon } from '../../shared/ui/icons';
import { PageHeader } from '../../shared/ui/page-header';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { TableSkeleton } from '../../shared/ui/table-skeleton';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { OrganizationEditorModal } from './organization-editor.modal';
import { OrganizationsTable } from './organizations.table';

type Editing = { organization: OrganizationRowFragment | null } | null;

export function OrganizationsPage() {
  const { t, i18n } = useTranslation();
  const { data, previousData, loading, error, refetch } = useQuery(AdminOrganizationsDocument, {
    variables: { locale: i18n.language },
  });
  const [editing, setEditing] = useState<Editing>(null);
  useDocumentTitle(t('organizations.title'));
  const organizations = data?.organizations ?? previousData?.organizations;

  return (
    <Stack gap="md" maw={1200}>
      <PageHeader
        title={t('organizations.title')}
        intro={t('organizations.intro')}
        action={
          <Button leftSection={<PlusIcon size={16} />} onClick={() => setEditing({ organization: null })}>
            {t('organizations.create')}
          </Button>
        }
      />
      {loading && !organizations ? (
        <TableSkeleton />
      ) : error && !organizations ? (
        <ProblemAlert title={t('organizations.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : organizations && organizations.length > 0 ? (
        <OrganizationsTable organizations={organizations} onEdit={(organization) => setEditing({ organization })} />
      ) : (
        <EmptyState icon={<BuildingIcon />} title={t('organizations.empty')} />
      )}
      <OrganizationEditorModal
        opened={editing !== null}
        organization={editing?.organization ?? null}
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}

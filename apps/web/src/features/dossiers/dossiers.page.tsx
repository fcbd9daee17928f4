import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client';
import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DossiersDocument } from '../../gql/graphql';
import { useSession } from '../auth/use-session';
import { EmptyState } from '../../shared/ui/empty-state';
import { FolderIcon, PlusIcon } from '../../shared/ui/icons';
import { PageHeader } from '../../shared/ui/page-header';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { TableSkeleton } from '../../shared/ui/table-skeleton';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { CreateDossierModal } from './create-dossier.modal';
import { DossiersTable } from './dossiers.table';
import { filterDossiers, NO_FILTERS, type DossierFilterValues } from './dossier-filters';
import { DossierFiltersBar } from './dossier-filters.bar';

export function DossiersPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const { data, previousData, loading, error, refetch } = useQuery(DossiersDocument, {
    variables: { locale: i18n.language },
  });
  const [creating, setCreating] = useState(false);
  const [filters, setFilters] = useState<DossierFilterValues>(NO_FILTERS);
  useDocumentTitle(t('dossiers.title'));
  const dossiers = data?.dossiers ?? previousData?.dossiers;
  // The API says what I may do; nothing is derived here.
  const mayCreate = me?.abilities?.canCreateDossier ?? false;
  const countries = useMemo(
    () => [...new Map((dossiers ?? []).map((d) => [d.country.code, { code: d.country.code, name: d.country.name }])).values()],
    [dossiers],
  );
  const shown = dossiers ? filterDossiers(dossiers, filters) : [];

  const createButton = mayCreate ? (
    <Button leftSection={<PlusIcon size={16} />} onClick={() => setCreating(true)}>
      {t('dossiers.create')}
    </Button>
  ) : undefined;

  return (
    <Stack gap="md" maw={1200}>
      <PageHeader title={t('dossiers.title')} intro={t('dossiers.intro')} action={createButton} />
      {loading && !dossiers ? (
        <TableSkeleton />
      ) : error && !dossiers ? (
        <ProblemAlert title={t('dossiers.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : dossiers && dossiers.length > 0 ? (
        <>
          <DossierFiltersBar values={filters} countries={countries} onChange={setFilters} />
          {shown.length > 0 ? <DossiersTable dossiers={shown} /> : <EmptyState icon={<FolderIcon />} title={t('dossiers.filters.noMatch')} />}
        </>
      ) : (
        <EmptyState
          icon={<FolderIcon />}
          title={mayCreate ? t('dossiers.emptyCreator') : t('home.dossiersEmpty')}
          hint={mayCreate ? t('dossiers.emptyCreatorHint') : t('home.dossiersHint')}
          action={
            mayCreate ? (
              <Button variant="light" w="fit-content" mt={4} leftSection={<PlusIcon size={16} />} onClick={() => setCreating(true)}>
                {t('dossiers.createFirst')}
              </Button>
            ) : undefined
          }
        />
      )}
      {mayCreate && <CreateDossierModal opened={creating} onClose={() => setCreating(false)} />}
    </Stack>
  );
}

import { useQuery } from '@apollo/client';
import { Alert, Button, Group, Modal, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { RatificationRegisterDocument, type RatificationEntryFieldsFragment } from '../../gql/graphql';
import { CountrySelect } from '../../shared/ui/country-select';
import { EmptyState } from '../../shared/ui/empty-state';
import { CheckIcon, GlobeIcon, PlusIcon, UploadIcon } from '../../shared/ui/icons';
import { PageHeader } from '../../shared/ui/page-header';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { TableSkeleton } from '../../shared/ui/table-skeleton';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useSession } from '../auth/use-session';
import { RatificationEditorModal } from './ratification-editor.modal';
import { RatificationImportPanel } from './ratification-import.panel';
import { RatificationSummary } from './ratification-summary';
import { RatificationTable } from './ratification-table';
import { ReportingCalendarSection } from '../reporting/reporting-calendar.section';

/** A country's ratification register: NORMLEX's summary, the gap, every instrument; kept by facilitators and administrators. */
export function RatificationsPage() {
  const { t, i18n } = useTranslation();
  const { countryCode } = useParams();
  const { me } = useSession();
  const navigate = useNavigate();
  useDocumentTitle(t('ratifications.title'));
  const own = me?.organizations.find((organization) => organization.kind !== 'ILO')?.country.code ?? me?.organizations[0]?.country.code;
  const code = countryCode?.toUpperCase() ?? null;
  const { data, loading, error, refetch } = useQuery(RatificationRegisterDocument, { variables: { countryCode: code ?? '', locale: i18n.language }, skip: !code });
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<{ entry: RatificationEntryFieldsFragment | null } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (!code && own) return <Navigate to={`/ratifications/${own}`} replace />;
  const register = data?.ratificationRegister;
  const finished = (message: string) => {
    setDone(message);
    setImporting(false);
    setEditing(null);
    void refetch();
  };

  return (
    <Stack gap="md" maw={1200}>
      <PageHeader
        title={register ? `${t('ratifications.title')} — ${register.country.name}` : t('ratifications.title')}
        intro={t('ratifications.intro')}
        action={
          register?.canEdit && (
            <Group gap="xs" wrap="nowrap">
              <Button variant="default" leftSection={<PlusIcon size={16} />} onClick={() => setEditing({ entry: null })}>
                {t('ratifications.editor.add')}
              </Button>
              <Button leftSection={<UploadIcon size={16} />} onClick={() => setImporting(true)}>
                {t('ratifications.import.open')}
              </Button>
            </Group>
          )
        }
      />
      <div style={{ maxWidth: 360 }}>
        <CountrySelect label={t('ratifications.country')} value={code} onChange={(next) => next && navigate(`/ratifications/${next}`)} />
      </div>
      <div aria-live="polite">
        {done && (
          <Alert variant="outline" color="teal.9" icon={<CheckIcon />} withCloseButton onClose={() => setDone(null)} closeButtonLabel={t('common.close')}>
            {done}
          </Alert>
        )}
      </div>
      {!code ? null : loading && !register ? (
        <TableSkeleton />
      ) : error && !register ? (
        <ProblemAlert title={t('ratifications.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : register ? (
        <>
          <RatificationSummary register={register} />
          <ReportingCalendarSection countryCode={register.country.code} canConfigure={me?.role === 'ADMIN'} />
          <Title order={2} fz="h4">
            {t('ratifications.table.label')}
          </Title>
          {register.entries.length === 0 ? (
            <EmptyState icon={<GlobeIcon />} title={t('ratifications.empty')} hint={register.canEdit ? t('ratifications.emptyHint') : undefined} />
          ) : (
            <RatificationTable entries={register.entries} onEdit={register.canEdit ? (entry) => setEditing({ entry }) : undefined} />
          )}
        </>
      ) : null}
      {code && (
        <Modal opened={importing} onClose={() => setImporting(false)} title={t('ratifications.import.heading')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
          <RatificationImportPanel
            countryCode={code}
            onCancel={() => setImporting(false)}
            onImported={(result) =>
              finished(t('ratifications.import.done', { added: result.rows.filter((row) => row.change === 'NEW').length, changed: result.rows.filter((row) => row.change === 'CHANGED').length }))
            }
          />
        </Modal>
      )}
      {code && editing && <RatificationEditorModal key={editing.entry?.id ?? 'new'} countryCode={code} entry={editing.entry} opened onClose={() => setEditing(null)} onSaved={finished} />}
    </Stack>
  );
}

import { useLazyQuery } from '@apollo/client';
import { Alert, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuditVerificationDocument, type AuditVerificationQuery } from '../../gql/graphql';
import { AlertIcon, CheckIcon } from '../../shared/ui/icons';
import { PageHeader } from '../../shared/ui/page-header';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { TableSkeleton } from '../../shared/ui/table-skeleton';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { formatDate } from '../i18n/format-date';
import { actionLabel } from './audit-labels';

type ChainReport = AuditVerificationQuery['auditVerification']['chains'][number];

function ChainName({ chain }: { chain: ChainReport }) {
  const { t } = useTranslation();
  if (!chain.dossierId) return <Text size="sm">{t('audit.systemChain')}</Text>;
  if (!chain.dossierTitle) return <Text size="sm">{t('audit.missingDossier', { id: chain.dossierId })}</Text>;
  return <Link to={`/dossiers/${chain.dossierId}/activity`}>{chain.dossierTitle}</Link>;
}

function FirstBrokenLink({ chain }: { chain: ChainReport }) {
  const { t, i18n } = useTranslation();
  const link = chain.broken;
  if (!link) return null;
  const where = link.seq
    ? t('audit.brokenAt', { seq: link.seq, chainSeq: link.chainSeq, expected: link.expectedChainSeq, action: link.action ? actionLabel(t, link.action) : '', date: link.at ? formatDate(link.at, i18n.language, true) : '' })
    : t('audit.truncatedAt', { last: chain.lastChainSeq ?? 0, expected: link.expectedChainSeq });
  return (
    <Text size="sm">
      {where} — {t(`audit.reasons.${link.reason}`)}
    </Text>
  );
}

/** The administrators' audit page: verifies every chain when opened (and again on demand), each chain's state and first broken link. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('audit.title'));
  const [verify, { data, loading, error }] = useLazyQuery(AuditVerificationDocument, { fetchPolicy: 'network-only' });
  useEffect(() => void verify(), [verify]);
  const result = data?.auditVerification;

  return (
    <Stack gap="md" maw={1200}>
      <PageHeader
        title={t('audit.title')}
        intro={t('audit.intro')}
        action={
          <Button onClick={() => void verify()} loading={loading} style={{ flexShrink: 0 }} loaderProps={{ 'aria-label': t('audit.verifying') } as never}>
            {t('audit.verify')}
          </Button>
        }
      />
      <div aria-live="polite">
        {result && (
          <Alert
            variant="outline"
            color={result.brokenChains ? 'red.9' : 'teal.9'}
            icon={result.brokenChains ? <AlertIcon /> : <CheckIcon />}
            title={result.brokenChains ? t('audit.brokenCount', { count: result.brokenChains }) : t('audit.allVerify')}
          >
            {t('audit.summary', {
              events: result.events.toLocaleString(i18n.language),
              chains: result.chains.length.toLocaleString(i18n.language),
              ms: result.milliseconds.toLocaleString(i18n.language),
              date: formatDate(result.verifiedAt, i18n.language, true),
            })}
          </Alert>
        )}
      </div>
      {loading && !result ? (
        <TableSkeleton />
      ) : error && !result ? (
        <ProblemAlert title={t('audit.loadFailed')} error={error} onRetry={() => void verify()} />
      ) : result ? (
        <Table verticalSpacing="xs" aria-label={t('audit.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('audit.chain')}</Table.Th>
              <Table.Th scope="col">{t('audit.events')}</Table.Th>
              <Table.Th scope="col">{t('audit.state')}</Table.Th>
              <Table.Th scope="col">{t('audit.firstBroken')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.chains.map((chain) => (
              <Table.Tr key={chain.chain} data-chain={chain.chain} data-state={chain.broken ? 'broken' : 'intact'}>
                <Table.Td><ChainName chain={chain} /></Table.Td>
                <Table.Td><Text size="sm">{chain.events.toLocaleString(i18n.language)}</Text></Table.Td>
                <Table.Td>
                  {chain.broken ? (
                    <Badge color="red.9" variant="filled" tt="none" leftSection={<AlertIcon size={12} />}>{t('audit.broken')}</Badge>
                  ) : (
                    <Badge color="teal.9" variant="outline" tt="none" leftSection={<CheckIcon size={12} />}>{t('audit.intact')}</Badge>
                  )}
                </Table.Td>
                <Table.Td><FirstBrokenLink chain={chain} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}

import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DossierSummaryFragment } from '../../gql/graphql';
import { formatDate } from '../i18n/format-date';
import { SideBadge } from '../../shared/ui/side-badge';
import { DossierStatusBadge, ParityChips } from './dossier-badges';

/** My part in a dossier: my side when I am a delegate, else my role. */
export function MyPart({ me }: { me: DossierSummaryFragment['me'] }) {
  const { t } = useTranslation();
  if (me.constituency) return <SideBadge side={me.constituency} size="xs" />;
  return (
    <Text size="sm" c={me.role ? undefined : 'dimmed'}>
      {me.role ? t(`dossiers.roles.${me.role}`) : t('dossiers.roles.NONE')}
    </Text>
  );
}

export function DossiersTable({ dossiers }: { dossiers: DossierSummaryFragment[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dossiers.fields.title')}</Table.Th>
            <Table.Th scope="col">{t('dossiers.fields.country')}</Table.Th>
            <Table.Th scope="col">{t('dossiers.fields.kind')}</Table.Th>
            <Table.Th scope="col">{t('dossiers.fields.status')}</Table.Th>
            <Table.Th scope="col">{t('dossiers.fields.delegations')}</Table.Th>
            <Table.Th scope="col">{t('dossiers.fields.myPart')}</Table.Th>
            <Table.Th scope="col">{t('dossiers.fields.commentsDeadline')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dossiers.map((dossier) => (
            <Table.Tr key={dossier.id}>
              <Table.Th scope="row" fw={600}>
                <Anchor component={Link} to={`/dossiers/${dossier.id}`} fw={600} size="sm">
                  {dossier.title}
                </Anchor>
              </Table.Th>
              <Table.Td>{dossier.country.name}</Table.Td>
              <Table.Td>{t(`dossiers.kinds.${dossier.kind}`)}</Table.Td>
              <Table.Td>
                <DossierStatusBadge status={dossier.status} />
              </Table.Td>
              <Table.Td>
                <ParityChips parity={dossier.parity} />
              </Table.Td>
              <Table.Td>
                <MyPart me={dossier.me} />
              </Table.Td>
              <Table.Td>
                {dossier.commentsDeadline ? formatDate(dossier.commentsDeadline, i18n.language) : t('common.none')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

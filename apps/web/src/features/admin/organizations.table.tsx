import { Button, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganizationRowFragment } from '../../gql/graphql';
import { PencilIcon } from '../../shared/ui/icons';
import { OrganizationKindBadge } from '../../shared/ui/side-badge';

export function OrganizationsTable({
  organizations,
  onEdit,
}: {
  organizations: OrganizationRowFragment[];
  onEdit(organization: OrganizationRowFragment): void;
}) {
  const { t, i18n } = useTranslation();
  const sorted = [...organizations].sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('organizations.name')}</Table.Th>
            <Table.Th scope="col">{t('organizations.acronym')}</Table.Th>
            <Table.Th scope="col">{t('organizations.kind')}</Table.Th>
            <Table.Th scope="col">{t('organizations.country')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('organizations.members')}
            </Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>
                {t('common.actions')}
              </VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((organization) => (
            <Table.Tr key={organization.id}>
              <Table.Th scope="row" fw={600}>
                {organization.name}
              </Table.Th>
              <Table.Td>{organization.acronym ?? t('common.none')}</Table.Td>
              <Table.Td>
                <OrganizationKindBadge kind={organization.kind} />
              </Table.Td>
              <Table.Td>{organization.country.name}</Table.Td>
              <Table.Td ta="end">{new Intl.NumberFormat(i18n.language).format(organization.memberCount)}</Table.Td>
              <Table.Td ta="end">
                <Button
                  size="compact-sm"
                  variant="default"
                  leftSection={<PencilIcon size={14} />}
                  aria-label={t('organizations.editLabel', { name: organization.name })}
                  onClick={() => onEdit(organization)}
                >
                  {t('common.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

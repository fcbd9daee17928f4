import { useMutation } from '@apollo/client';
import { Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CreateOrganizationDocument,
  UpdateOrganizationDocument,
  type OrganizationRowFragment,
} from '../../gql/graphql';
import { problemOf } from '../../shared/errors/graphql-error';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { OrganizationForm, type OrganizationValues } from './organization.form';

const BLANK: OrganizationValues = { name: '', acronym: '', kind: null, countryCode: null };

function valuesOf(organization: OrganizationRowFragment | null): OrganizationValues {
  if (!organization) return BLANK;
  return {
    name: organization.name,
    acronym: organization.acronym ?? '',
    kind: organization.kind,
    countryCode: organization.country.code,
  };
}

/** Create (organization = null) or edit one organization. */
export function OrganizationEditorModal({
  opened,
  organization,
  onClose,
}: {
  opened: boolean;
  organization: OrganizationRowFragment | null;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const [create, created] = useMutation(CreateOrganizationDocument, { refetchQueries: ['AdminOrganizations'] });
  const [update, updated] = useMutation(UpdateOrganizationDocument);
  const state = organization ? updated : created;
  const problem = problemOf(state.error);

  const close = () => {
    created.reset();
    updated.reset();
    onClose();
  };

  const save = async (values: OrganizationValues & { kind: NonNullable<OrganizationValues['kind']>; countryCode: string }) => {
    const input = { name: values.name, acronym: values.acronym || null, kind: values.kind, countryCode: values.countryCode };
    const locale = i18n.language;
    const result = organization
      ? await update({ variables: { id: organization.id, input, locale } }).catch(() => null)
      : await create({ variables: { input, locale } }).catch(() => null);
    if (result?.data) close();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={organization ? t('organizations.editTitle', { name: organization.name }) : t('organizations.createTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="md"
    >
      <Stack gap="sm">
        {problem && problem.fieldErrors.length === 0 && <ProblemAlert error={state.error} />}
        {opened && (
          <OrganizationForm
            key={organization?.id ?? 'new'}
            initial={valuesOf(organization)}
            submitting={state.loading}
            problem={problem}
            onSubmit={(values) => void save(values)}
            onCancel={close}
          />
        )}
      </Stack>
    </Modal>
  );
}

import { useMutation } from '@apollo/client';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DOSSIER_STATUS_MOVES, type DossierStatus } from '@tripart/contracts';
import { DossierStatusHistoryDocument, SetDossierStatusDocument } from '../../gql/graphql';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** A facilitator moves the dossier on (or one step back): only the moves the API allows are offered. */
export function DossierStatusControl({ dossierId, status }: { dossierId: string; status: DossierStatus }) {
  const { t } = useTranslation();
  // The move is in the status history the moment it is made.
  const [setStatus, { error }] = useMutation(SetDossierStatusDocument, { refetchQueries: [DossierStatusHistoryDocument] });
  const options = [status, ...DOSSIER_STATUS_MOVES[status]].map((value) => ({ value, label: t(`dossiers.statuses.${value}`) }));
  return (
    <>
      <Select
        size="xs"
        w={190}
        aria-label={t('dossiers.changeStatus')}
        allowDeselect={false}
        value={status}
        data={options}
        onChange={(value) => {
          if (value && value !== status) void setStatus({ variables: { id: dossierId, status: value as DossierStatus } }).catch(() => undefined);
        }}
        comboboxProps={{ withinPortal: true }}
      />
      {error && <ProblemAlert error={error} />}
    </>
  );
}

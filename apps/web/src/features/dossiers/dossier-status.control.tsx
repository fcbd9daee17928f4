import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DOSSIER_STATUS_MOVES, type DossierStatus } from '@tripart/contracts';
import { DossierStatusHistoryDocument, SetDossierStatusDocument } from '../../gql/graphql';
import { problemOf } from '../../shared/errors/graphql-error';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { ConcludeAnywayModal } from './conclude-anyway.modal';

/** What is left undone when concluding was refused for it (contributions without a government response), or null. */
function leftUndone(error: unknown): { unanswered: number; total: number } | null {
  const found = problemOf(error)?.fieldErrors.find((field) => field.constraint === 'unansweredContributions');
  return found?.params ? { unanswered: Number(found.params.unanswered), total: Number(found.params.total) } : null;
}

/** A facilitator moves the dossier on (or one step back): only the moves the API allows are offered. */
export function DossierStatusControl({ dossierId, status }: { dossierId: string; status: DossierStatus }) {
  const { t } = useTranslation();
  // The move is in the status history the moment it is made.
  const [setStatus, { error, loading, reset }] = useMutation(SetDossierStatusDocument, { refetchQueries: [DossierStatusHistoryDocument] });
  const [concluding, setConcluding] = useState(false);
  const options = [status, ...DOSSIER_STATUS_MOVES[status]].map((value) => ({ value, label: t(`dossiers.statuses.${value}`) }));
  const undone = leftUndone(error);
  const move = (value: DossierStatus, closingNote?: string) =>
    setStatus({ variables: { id: dossierId, status: value, closingNote: closingNote ?? null } }).then(
      () => setConcluding(false),
      (failure: unknown) => setConcluding(!!leftUndone(failure)),
    );
  const close = () => {
    setConcluding(false);
    reset();
  };
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
          if (value && value !== status) void move(value as DossierStatus);
        }}
        comboboxProps={{ withinPortal: true }}
      />
      {concluding && undone ? (
        <ConcludeAnywayModal {...undone} saving={loading} onClose={close} onConfirm={(note) => void move('CONCLUDED', note)} />
      ) : (
        error && <ProblemAlert error={error} />
      )}
    </>
  );
}

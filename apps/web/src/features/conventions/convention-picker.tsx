import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client';
import { MultiSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConventionsDocument } from '../../gql/graphql';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { conventionOptions } from './link-form';

interface PickerProps {
  label: string;
  description?: string;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  /** Takes the focus when its dialog opens. */
  autoFocus?: boolean;
  /** The dossier's conventions, offered first; without them, one list. */
  dossierConventionCodes?: readonly string[];
}

type OnePicker = PickerProps & { multiple?: false; value: string | null; onChange(code: string | null): void };
type ManyPicker = PickerProps & { multiple: true; value: string[]; onChange(codes: string[]): void };

/**
 * The ILO instruments, searchable by code or title ("C087 · Freedom of
 * Association…"): one for a link, several for a dossier.
 */
export function ConventionPicker(props: OnePicker | ManyPicker) {
  const { t, i18n } = useTranslation();
  const conventions = useQuery(ConventionsDocument, { variables: { locale: i18n.language } });
  const data = conventionOptions(conventions.data?.conventions ?? [], props.dossierConventionCodes ?? null, {
    dossier: t('conventions.form.dossierGroup'),
    other: t('conventions.form.otherGroup'),
  });
  const common = {
    label: props.label,
    description: props.description,
    required: props.required,
    disabled: props.disabled,
    error: props.error,
    searchable: true,
    data,
    nothingFoundMessage: conventions.loading ? t('common.loading') : t('conventions.form.conventionNothingFound'),
    comboboxProps: { withinPortal: true },
    'data-autofocus': props.autoFocus || undefined,
  };

  return (
    <>
      {conventions.error && <ProblemAlert title={t('conventions.form.conventionsFailed')} error={conventions.error} onRetry={() => void conventions.refetch()} />}
      {props.multiple ? (
        <MultiSelect
          {...common}
          // Once some are picked, their pills say enough.
          placeholder={props.value.length === 0 ? t('conventions.form.conventionPlaceholder') : undefined}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          value={props.value}
          onChange={props.onChange}
        />
      ) : (
        <Select {...common} placeholder={t('conventions.form.conventionPlaceholder')} value={props.value} onChange={props.onChange} />
      )}
    </>
  );
}

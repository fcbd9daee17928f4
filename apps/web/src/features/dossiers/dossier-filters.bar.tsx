import { Button, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierFilterValues } from './dossier-filters';

interface Props {
  values: DossierFilterValues;
  countries: Array<{ code: string; name: string }>;
  onChange(values: DossierFilterValues): void;
}

const STATUSES = ['PREPARATION', 'CONSULTATION', 'CONCLUDED'] as const;
const ROLES = ['DELEGATE', 'FACILITATOR', 'OBSERVER', 'NONE'] as const;

/** Country, status and my part: the three ways people narrow a long list of dossiers. */
export function DossierFiltersBar({ values, countries, onChange }: Props) {
  const { t } = useTranslation();
  const set = (key: keyof DossierFilterValues) => (value: string | null) => onChange({ ...values, [key]: value });
  const any = t('dossiers.filters.any');
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('dossiers.filters.country')}
        placeholder={any}
        data={countries.map((country) => ({ value: country.code, label: country.name }))}
        value={values.country}
        onChange={set('country')}
        clearable
        searchable
        w={200}
      />
      <Select
        label={t('dossiers.filters.status')}
        placeholder={any}
        data={STATUSES.map((status) => ({ value: status, label: t(`dossiers.statuses.${status}`) }))}
        value={values.status}
        onChange={set('status')}
        clearable
        w={180}
      />
      <Select
        label={t('dossiers.filters.role')}
        placeholder={any}
        data={ROLES.map((role) => ({ value: role, label: t(`dossiers.roles.${role}`) }))}
        value={values.role}
        onChange={set('role')}
        clearable
        w={240}
      />
      {(values.country || values.status || values.role) && (
        <Button variant="subtle" onClick={() => onChange({ country: null, status: null, role: null })}>
          {t('dossiers.filters.clear')}
        </Button>
      )}
    </Group>
  );
}

import { useQuery } from '@apollo/client';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CountriesDocument } from '../../gql/graphql';

/** Every country, named in the UI language and sorted in it; typing searches. */
export function CountrySelect({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string | null;
  onChange(countryCode: string | null): void;
  error?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const countries = useQuery(CountriesDocument, { variables: { locale: i18n.language } });
  const options = [...(countries.data?.countries ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language))
    .map((country) => ({ value: country.code, label: country.name }));
  return (
    <Select
      label={label}
      placeholder={t('organizations.countryPlaceholder')}
      required
      searchable
      limit={50}
      data={options}
      value={value}
      onChange={onChange}
      nothingFoundMessage={t('organizations.countryNothingFound')}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMITS, ORGANIZATION_KINDS, type OrganizationKind } from '@tripart/contracts';
import { firstProblem, maxLength, required, type Check } from '../../shared/errors/form-validators';
import type { ProblemDetails } from '../../shared/errors/graphql-error';
import { useProblemText } from '../../shared/errors/use-problem-text';
import { CountrySelect } from '../../shared/ui/country-select';

export interface OrganizationValues {
  name: string;
  acronym: string;
  kind: OrganizationKind | null;
  countryCode: string | null;
}

interface Props {
  initial: OrganizationValues;
  submitting: boolean;
  problem: ProblemDetails | null;
  onSubmit(values: OrganizationValues & { kind: OrganizationKind; countryCode: string }): void;
  onCancel(): void;
}

type Checks = Record<'name' | 'acronym' | 'kind' | 'countryCode', Check>;

export function OrganizationForm({ initial, submitting, problem, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const { fieldText } = useProblemText();
  const [values, setValues] = useState(initial);
  const [checks, setChecks] = useState<Checks>({ name: null, acronym: null, kind: null, countryCode: null });
  const message = (check: Check) => (check ? t(check.key as 'validation.required', check.params) : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Checks = {
      name: firstProblem(required(values.name), maxLength(LIMITS.organizationNameMax)(values.name)),
      acronym: maxLength(LIMITS.acronymMax)(values.acronym),
      kind: values.kind ? null : { key: 'validation.required' },
      countryCode: values.countryCode ? null : { key: 'validation.required' },
    };
    setChecks(next);
    if (Object.values(next).some(Boolean) || !values.kind || !values.countryCode) return;
    onSubmit({ ...values, name: values.name.trim(), acronym: values.acronym.trim(), kind: values.kind, countryCode: values.countryCode });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('organizations.name')}
          required
          data-autofocus
          value={values.name}
          onChange={(event) => setValues({ ...values, name: event.currentTarget.value })}
          error={message(checks.name) ?? fieldText(problem, 'name')}
        />
        <TextInput
          label={t('organizations.acronym')}
          description={t('common.optional')}
          value={values.acronym}
          onChange={(event) => setValues({ ...values, acronym: event.currentTarget.value })}
          error={message(checks.acronym) ?? fieldText(problem, 'acronym')}
        />
        <Select
          label={t('organizations.kind')}
          required
          allowDeselect={false}
          data={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          value={values.kind}
          onChange={(kind) => setValues({ ...values, kind: kind as OrganizationKind | null })}
          error={message(checks.kind) ?? fieldText(problem, 'kind')}
        />
        <CountrySelect
          label={t('organizations.country')}
          value={values.countryCode}
          onChange={(countryCode) => setValues({ ...values, countryCode })}
          error={message(checks.countryCode) ?? fieldText(problem, 'countryCode')}
        />
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client';
import { Button, Checkbox, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DOSSIER_KINDS, dossierInput, type C144Subject, type DossierKind } from '@tripart/contracts';
import { CreateDossierDocument } from '../../gql/graphql';
import { useSession } from '../auth/use-session';
import { ConventionPicker } from '../conventions/convention-picker';
import { checkInput, type Check } from '../../shared/errors/form-validators';
import { problemOf } from '../../shared/errors/graphql-error';
import { useProblemText } from '../../shared/errors/use-problem-text';
import { CountrySelect } from '../../shared/ui/country-select';
import { C144SubjectSelect } from './c144-subject.select';
import { ProblemAlert } from '../../shared/ui/problem-alert';

interface Values {
  title: string;
  summary: string;
  kind: DossierKind;
  countryCode: string | null;
  conventionCodes: string[];
  commentsDeadline: string;
  observersMayComment: boolean;
  c144Subject: C144Subject | null;
}

type Checks = Record<'title' | 'summary' | 'countryCode' | 'commentsDeadline', Check>;

/** "2026-03-31" from a date input → the end of that day, in the reader's time zone. */
export function endOfDayIso(date: string): string | null {
  if (!date) return null;
  const parsed = new Date(`${date}T23:59:59`);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
}

function CreateDossierForm({ onDone, onCancel }: { onDone(id: string): void; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const { fieldText } = useProblemText();
  const [create, { loading, error }] = useMutation(CreateDossierDocument, { refetchQueries: ['Dossiers'] });
  const problem = problemOf(error);
  const [values, setValues] = useState<Values>({
    title: '',
    summary: '',
    kind: 'LAW_REFORM',
    countryCode: me?.organizations[0]?.country.code ?? null,
    conventionCodes: [],
    commentsDeadline: '',
    observersMayComment: false,
    c144Subject: null,
  });
  const [checks, setChecks] = useState<Checks>({ title: null, summary: null, countryCode: null, commentsDeadline: null });
  const message = (check: Check) => (check ? t(check.key as 'validation.required', check.params) : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const deadline = endOfDayIso(values.commentsDeadline);
    const next: Checks = {
      ...checkInput(dossierInput, { ...values, countryCode: values.countryCode ?? '' }, ['title', 'summary', 'countryCode'] as const),
      commentsDeadline: values.commentsDeadline && !deadline ? { key: 'validation.invalid' } : null,
    };
    setChecks(next);
    if (Object.values(next).some(Boolean) || !values.countryCode) return;
    const result = await create({
      variables: {
        locale: i18n.language,
        input: {
          title: values.title.trim(),
          summary: values.summary.trim(),
          kind: values.kind,
          countryCode: values.countryCode,
          conventionCodes: values.conventionCodes,
          commentsDeadline: deadline,
          observersMayComment: values.observersMayComment,
          c144Subject: values.c144Subject,
        },
      },
    }).catch(() => null);
    if (result?.data) onDone(result.data.createDossier.id);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {problem && problem.fieldErrors.length === 0 && <ProblemAlert error={error} />}
        <TextInput
          label={t('dossiers.fields.title')}
          description={t('dossiers.form.titleHint')}
          required
          data-autofocus
          value={values.title}
          onChange={(event) => setValues({ ...values, title: event.currentTarget.value })}
          error={message(checks.title) ?? fieldText(problem, 'title')}
        />
        <Textarea
          label={t('dossiers.fields.summary')}
          description={t('common.optional')}
          autosize
          minRows={2}
          maxRows={6}
          value={values.summary}
          onChange={(event) => setValues({ ...values, summary: event.currentTarget.value })}
          error={message(checks.summary) ?? fieldText(problem, 'summary')}
        />
        <Group grow align="flex-start">
          <Select
            label={t('dossiers.fields.kind')}
            required
            allowDeselect={false}
            data={DOSSIER_KINDS.map((kind) => ({ value: kind, label: t(`dossiers.kinds.${kind}`) }))}
            value={values.kind}
            onChange={(kind) => kind && setValues({ ...values, kind: kind as DossierKind })}
            error={fieldText(problem, 'kind')}
            comboboxProps={{ withinPortal: true }}
          />
          <CountrySelect
            label={t('dossiers.fields.country')}
            value={values.countryCode}
            onChange={(countryCode) => setValues({ ...values, countryCode })}
            error={message(checks.countryCode) ?? fieldText(problem, 'countryCode')}
          />
        </Group>
        <C144SubjectSelect
          label={t('dossiers.c144.label')}
          description={t('dossiers.c144.hint')}
          value={values.c144Subject}
          onChange={(c144Subject) => setValues({ ...values, c144Subject })}
        />
        <ConventionPicker
          multiple
          label={t('dossiers.fields.conventions')}
          description={t('dossiers.form.conventionsHint')}
          value={values.conventionCodes}
          onChange={(conventionCodes) => setValues({ ...values, conventionCodes })}
          error={fieldText(problem, 'conventionCodes')}
        />
        <TextInput
          type="date"
          label={t('dossiers.fields.commentsDeadline')}
          description={t('dossiers.form.deadlineHint')}
          value={values.commentsDeadline}
          onChange={(event) => setValues({ ...values, commentsDeadline: event.currentTarget.value })}
          error={message(checks.commentsDeadline) ?? fieldText(problem, 'commentsDeadline')}
        />
        <Checkbox
          label={t('dossiers.fields.observersMayComment')}
          description={t('dossiers.form.observersHint')}
          checked={values.observersMayComment}
          onChange={(event) => setValues({ ...values, observersMayComment: event.currentTarget.checked })}
        />
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('dossiers.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Open a new dossier, then go straight to it. */
export function CreateDossierModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('dossiers.form.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {opened && (
        <CreateDossierForm
          onCancel={onClose}
          onDone={(id) => {
            onClose();
            navigate(`/dossiers/${id}`);
          }}
        />
      )}
    </Modal>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client';
import { Alert, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GAP_NOTE_MAX } from '@tripart/contracts';
import { LinkConventionDocument, type ConventionLinkFieldsFragment } from '../../gql/graphql';
import type { Check } from '../../shared/errors/form-validators';
import { problemOf } from '../../shared/errors/graphql-error';
import { useProblemText } from '../../shared/errors/use-problem-text';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { addLinkToCache } from './convention-link-cache';
import { ConventionPicker } from './convention-picker';
import { checkLinkForm, sameArticleLink, type LinkFormChecks, type LinkFormValues } from './link-form';

const NO_CHECKS: LinkFormChecks = { conventionCode: null, article: null, gapNote: null };

/** Convention, article and gap note for one provision; with a link given, only its gap note changes. */
export function LinkConventionForm({
  dossierId,
  dossierConventionCodes,
  provisionId,
  links,
  editing,
  onDone,
  onCancel,
}: {
  dossierId: string;
  dossierConventionCodes: readonly string[];
  provisionId: string;
  links: readonly ConventionLinkFieldsFragment[];
  editing: ConventionLinkFieldsFragment | null;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const { fieldText } = useProblemText();
  const [link, { loading, error }] = useMutation(LinkConventionDocument, {
    update: (cache, result) => {
      if (result.data) addLinkToCache(cache, result.data.linkConvention, dossierId);
    },
  });
  const problem = problemOf(error);
  const [values, setValues] = useState<LinkFormValues>({
    conventionCode: editing?.conventionCode ?? (dossierConventionCodes.length === 1 ? dossierConventionCodes[0] : null),
    article: editing?.article ?? '',
    gapNote: editing?.gapNote ?? '',
  });
  const [checks, setChecks] = useState<LinkFormChecks>(NO_CHECKS);
  const message = (check: Check) => (check ? t(check.key as 'validation.required', check.params) : null);
  const existing = editing ? undefined : sameArticleLink(links, values);
  // A field's message goes as soon as it is changed; the checks run again on submit.
  const change = (next: Partial<LinkFormValues>) => {
    setValues({ ...values, ...next });
    setChecks((current) => ({ ...current, ...Object.fromEntries(Object.keys(next).map((key) => [key, null])) }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = checkLinkForm(values);
    setChecks(next);
    if (Object.values(next).some(Boolean) || !values.conventionCode) return;
    const result = await link({
      variables: { input: { provisionId, conventionCode: values.conventionCode, article: values.article.trim(), gapNote: values.gapNote.trim() } },
    }).catch(() => null);
    if (result?.data) onDone();
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {problem && problem.fieldErrors.length === 0 && <ProblemAlert error={error} />}
        <ConventionPicker
          label={t('conventions.form.convention')}
          required
          disabled={!!editing}
          autoFocus={!editing}
          dossierConventionCodes={dossierConventionCodes}
          value={values.conventionCode}
          onChange={(conventionCode) => change({ conventionCode })}
          error={message(checks.conventionCode) ?? fieldText(problem, 'conventionCode')}
        />
        <TextInput
          label={t('conventions.form.article')}
          description={t('conventions.form.articleHint')}
          required
          disabled={!!editing}
          maxLength={20}
          w={{ base: '100%', xs: 380 }}
          value={values.article}
          onChange={(event) => change({ article: event.currentTarget.value })}
          error={message(checks.article) ?? fieldText(problem, 'article')}
        />
        <Textarea
          label={t('conventions.form.gapNote')}
          description={t('conventions.form.gapNoteHint')}
          data-autofocus={editing ? true : undefined}
          autosize
          minRows={3}
          maxRows={10}
          value={values.gapNote}
          onChange={(event) => change({ gapNote: event.currentTarget.value })}
          error={message(checks.gapNote) ?? fieldText(problem, 'gapNote')}
          maxLength={GAP_NOTE_MAX}
        />
        {existing && (
          <Alert color="ink" variant="light" role="status">
            {t('conventions.form.existing', { ref: t('conventions.articleRef', { code: existing.conventionCode, article: existing.article }) })}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {editing || existing ? t('conventions.form.save') : t('conventions.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

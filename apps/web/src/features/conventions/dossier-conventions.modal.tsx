import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SetDossierConventionsDocument } from '../../gql/graphql';
import { problemOf } from '../../shared/errors/graphql-error';
import { useProblemText } from '../../shared/errors/use-problem-text';
import { AlertIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { ConventionPicker } from './convention-picker';
import { keptLinks, sameConventions } from './dossier-conventions';
import { LINK_STATUS_COLOURS } from './link-status';

type Coverage = Parameters<typeof keptLinks>[2];

const KEPT = LINK_STATUS_COLOURS.gap;

function DossierConventionsForm({
  dossierId,
  saved,
  coverage,
  onDone,
  onCancel,
}: {
  dossierId: string;
  saved: readonly string[];
  coverage: Coverage;
  onDone(): void;
  onCancel(): void;
}) {
  const { t, i18n } = useTranslation();
  const { fieldText } = useProblemText();
  const [picked, setPicked] = useState<string[]>(() => [...saved]);
  // The header's conventions follow from the answer; the coverage is asked for again before the dialog closes.
  const [save, { loading, error }] = useMutation(SetDossierConventionsDocument, { refetchQueries: ['DossierCoverage'], awaitRefetchQueries: true });
  const problem = problemOf(error);
  const kept = keptLinks(saved, picked, coverage);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sameConventions(saved, picked)) return onDone();
    const result = await save({ variables: { id: dossierId, conventionCodes: picked, locale: i18n.language } }).catch(() => null);
    if (result?.data) onDone();
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="gray.7">
          {t('conventions.dossier.intro')}
        </Text>
        {problem && problem.fieldErrors.length === 0 && <ProblemAlert error={error} />}
        <ConventionPicker
          multiple
          autoFocus
          label={t('conventions.dossier.field')}
          dossierConventionCodes={saved}
          value={picked}
          onChange={setPicked}
          error={fieldText(problem, 'conventionCodes')}
        />
        {kept.length > 0 && (
          <Alert
            variant="light"
            icon={<AlertIcon />}
            role="status"
            styles={{ root: { backgroundColor: KEPT.tint, border: `1px solid ${KEPT.accent}` }, icon: { color: KEPT.ink }, message: { color: KEPT.ink } }}
          >
            <Stack gap={4}>
              {kept.map((entry) => (
                <Text key={entry.code} size="sm" c="inherit">
                  {t('conventions.dossier.keptLinks', { code: entry.code, count: entry.links })}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('conventions.dossier.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Add or take off the dossier's conventions (facilitators), saying what becomes of the links of those taken off. */
export function DossierConventionsModal({
  opened,
  dossierId,
  saved,
  coverage,
  onClose,
}: {
  opened: boolean;
  dossierId: string;
  saved: readonly string[];
  coverage: Coverage;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('conventions.dossier.title')} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg">
      {opened && <DossierConventionsForm dossierId={dossierId} saved={saved} coverage={coverage} onDone={onClose} onCancel={onClose} />}
    </Modal>
  );
}

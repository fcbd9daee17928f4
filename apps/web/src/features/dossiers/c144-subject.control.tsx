import { useMutation } from '@apollo/client';
import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, c144SubjectCitation, isLocale, type C144Subject } from '@tripart/contracts';
import { SetDossierC144SubjectDocument } from '../../gql/graphql';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { C144SubjectSelect } from './c144-subject.select';

/** The dossier's C144 Article 5(1) subject: those who manage the dossier change it (audited); everyone else reads it, when there is one. */
export function C144SubjectLine({ dossierId, subject, canManage }: { dossierId: string; subject: C144Subject | null; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const [setSubject, { error, loading }] = useMutation(SetDossierC144SubjectDocument);
  if (!canManage) {
    return subject ? (
      <Text size="sm" maw="70ch">
        {c144SubjectCitation(subject, isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE)}
      </Text>
    ) : null;
  }
  return (
    <Box maw={560}>
      <C144SubjectSelect
        label={t('dossiers.c144.label')}
        disabled={loading}
        value={subject}
        onChange={(next) => {
          if (next !== subject) void setSubject({ variables: { id: dossierId, subject: next } }).catch(() => null);
        }}
      />
      {error && <ProblemAlert error={error} />}
    </Box>
  );
}

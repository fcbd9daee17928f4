import { Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConventionLinkFieldsFragment } from '../../gql/graphql';
import { LinkConventionForm } from './link-convention.form';

/** What the facilitator is linking: a provision (named as the reader names it), its links, and the link being edited if any. */
export interface LinkTarget {
  provisionId: string;
  provisionLabel: string;
  links: readonly ConventionLinkFieldsFragment[];
  editing: ConventionLinkFieldsFragment | null;
}

/** Link a provision to a convention article, or change a link's gap note (facilitators). */
export function LinkConventionModal({
  target,
  dossierId,
  dossierConventionCodes,
  onClose,
}: {
  target: LinkTarget | null;
  dossierId: string;
  dossierConventionCodes: readonly string[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.editing ? t('conventions.form.editTitle') : t('conventions.form.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {target && (
        <>
          <Text size="sm" c="gray.7" mb="sm">
            {target.editing
              ? t('conventions.form.editIntro', {
                  provision: target.provisionLabel,
                  ref: t('conventions.articleRef', { code: target.editing.conventionCode, article: target.editing.article }),
                })
              : t('conventions.form.intro', { provision: target.provisionLabel })}
          </Text>
          <LinkConventionForm
            dossierId={dossierId}
            dossierConventionCodes={dossierConventionCodes}
            provisionId={target.provisionId}
            links={target.links}
            editing={target.editing}
            onDone={onClose}
            onCancel={onClose}
          />
        </>
      )}
    </Modal>
  );
}

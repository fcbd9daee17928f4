import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { Button, Group, Popover, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UnlinkConventionDocument, type ConventionLinkFieldsFragment } from '../../gql/graphql';
import { TrashIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { removeLinkFromCache } from './convention-link-cache';

/** Remove a link, once confirmed: its gap note goes with it (facilitators). */
export function RemoveLinkButton({
  link,
  dossierId,
  provisionLabel,
  onRemoved,
}: {
  link: ConventionLinkFieldsFragment;
  dossierId: string;
  provisionLabel: string;
  onRemoved(): void;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [unlink, { loading, error, reset }] = useMutation(UnlinkConventionDocument, {
    variables: { id: link.id },
    update: (cache, result) => {
      if (result.data?.unlinkConvention) removeLinkFromCache(cache, link, dossierId);
    },
  });
  const ref = t('conventions.articleRef', { code: link.conventionCode, article: link.article });
  const close = () => {
    setOpened(false);
    reset();
  };

  return (
    <Popover opened={opened} onChange={(next) => (next ? setOpened(true) : close())} trapFocus returnFocus withArrow position="bottom-start" shadow="md" width={320}>
      <Popover.Target>
        <Button size="compact-xs" variant="subtle" color="red.8" c="red.9" leftSection={<TrashIcon size={13} />} onClick={() => (opened ? close() : setOpened(true))} aria-expanded={opened}>
          {t('conventions.links.remove')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" role="group" aria-label={t('conventions.links.remove')}>
          <Text size="sm">{t('conventions.links.removeConfirm', { provision: provisionLabel, ref })}</Text>
          {error && <ProblemAlert error={error} />}
          <Group gap="xs" justify="flex-end">
            <Button size="compact-sm" variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button size="compact-sm" color="red.8" loading={loading} onClick={() => void unlink().then(onRemoved, () => undefined)}>
              {t('conventions.links.removeAction')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

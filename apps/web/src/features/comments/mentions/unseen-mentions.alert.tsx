import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '../../../shared/ui/icons';
import type { MentionedPerson } from './mention-candidates';

/**
 * Named people who would not read this caucus note: said at once, next to
 * the text, with the two ways out (the composer refuses to send meanwhile).
 */
export function UnseenMentionsAlert({ unseen, delegation, onRemove }: { unseen: readonly MentionedPerson[]; delegation: string; onRemove(): void }) {
  const { t, i18n } = useTranslation();
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(unseen.map((person) => person.displayName));
  return (
    <Alert color="orange" variant="light" icon={<AlertIcon />} role="alert" p="xs" data-unseen-mentions>
      <Stack gap={6} align="flex-start">
        <Text size="sm" c="orange.9">
          {t('comments.mentions.unseen', { count: unseen.length, names, delegation })}
        </Text>
        <Button size="compact-xs" variant="white" color="orange.9" onClick={onRemove}>
          {t('comments.mentions.removeUnseen', { count: unseen.length })}
        </Button>
      </Stack>
    </Alert>
  );
}

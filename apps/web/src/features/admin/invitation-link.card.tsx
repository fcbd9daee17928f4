import { Button, CopyButton, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CheckIcon, CopyIcon } from '../../shared/ui/icons';

/** The link the admin passes on; we never send email, so it must be easy to copy. */
export function InvitationLinkCard({ name, url, onDone }: { name: string; url: string; onDone(): void }) {
  const { t } = useTranslation();
  const link = new URL(url, window.location.origin).toString();
  return (
    <Paper withBorder radius="sm" p="md" bg="green.0" role="status" aria-live="polite">
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('invite.linkTitle', { name })}
        </Text>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('invite.linkLabel')}
            value={link}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: 1 }}
            data-testid="invitation-link"
          />
          <CopyButton value={link}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'light' : 'filled'}
                color={copied ? 'green.9' : undefined}
                leftSection={copied ? <CheckIcon size={16} /> : <CopyIcon size={16} />}
                onClick={copy}
              >
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">{t('invite.linkHelp')}</Text>
        <Button variant="subtle" size="compact-sm" w="fit-content" onClick={onDone}>
          {t('invite.another')}
        </Button>
      </Stack>
    </Paper>
  );
}

import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useServiceAvailable } from '../apollo/service-availability';

export function FullPageLoader() {
  const { t } = useTranslation();
  // The server could not answer yet (restarting, its database away): say that it is being tried again.
  const available = useServiceAvailable();
  return (
    <Center mih="100vh" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {available ? t('app.loading') : t('connection.reconnecting')}
        </Text>
      </Stack>
    </Center>
  );
}

import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from './not-found.page';

/** A page that failed to render: plain words and a way back, never a stack trace. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <Center mih="100vh" component="main">
      <Stack gap="sm" maw={480} align="flex-start">
        <Title order={1} fz="h2">
          {t('errors.UNKNOWN')}
        </Title>
        <Text c="gray.7">{t('errors.INTERNAL_SERVER_ERROR')}</Text>
        <Button onClick={() => window.location.assign('/')}>{t('notFound.home')}</Button>
      </Stack>
    </Center>
  );
}

import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../shared/ui/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <Stack gap="sm" maw={520} py="xl">
      <Title order={1} fz="h2">
        {t('notFound.title')}
      </Title>
      <Text c="gray.7">{t('notFound.body')}</Text>
      <Button component={Link} to="/" w="fit-content">
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}

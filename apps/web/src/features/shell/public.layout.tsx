import type { ReactNode } from 'react';
import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../i18n/language-switcher';
import { BrandMark } from './brand-mark';

/** The frame around pages one sees before signing in: a single card, language at hand. */
export function PublicLayout({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md">
      <Stack w="100%" maw={420} gap="md">
        <Group justify="space-between" align="flex-end" component="header">
          <BrandMark />
          <Box w={150}>
            <LanguageSwitcher />
          </Box>
        </Group>
        <Paper component="main" withBorder shadow="xs" radius="md" p="xl">
          <Title order={1} fz="h3" mb={4}>
            {title}
          </Title>
          {intro && (
            <Text size="sm" c="dimmed" mb="lg">
              {intro}
            </Text>
          )}
          {children}
        </Paper>
        <Text size="xs" c="dimmed" ta="center">
          {t('app.tagline')}
        </Text>
      </Stack>
    </Center>
  );
}

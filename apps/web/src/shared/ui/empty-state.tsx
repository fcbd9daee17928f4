import type { ReactNode } from 'react';
import { Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';

/** An empty list that says why it is empty and what will fill it. */
export function EmptyState({ icon, title, hint, action }: { icon: ReactNode; title: string; hint?: string; action?: ReactNode }) {
  return (
    <Paper withBorder radius="sm" p="md" bg="gray.0">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <ThemeIcon variant="light" color="gray" size="lg" radius="sm">
          {icon}
        </ThemeIcon>
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {title}
          </Text>
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
          {action}
        </Stack>
      </Group>
    </Paper>
  );
}

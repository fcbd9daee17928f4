import type { ReactNode } from 'react';
import { Stack, Title } from '@mantine/core';

/** A titled part of a page (h2), labelled for screen-reader navigation. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" gap="xs" aria-labelledby={id}>
      <Title order={2} fz="h4" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

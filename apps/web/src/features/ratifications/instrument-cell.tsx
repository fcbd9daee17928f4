import { Table, Text } from '@mantine/core';

/** A row's header naming an ILO instrument: its code, then its title (registers, previews, reporting calendars). */
export function InstrumentCell({ code, title }: { code: string; title: string }) {
  return (
    <Table.Th scope="row" fw={400}>
      <Text span fw={600} size="sm">
        {code}
      </Text>{' '}
      <Text span size="sm">
        {title}
      </Text>
    </Table.Th>
  );
}

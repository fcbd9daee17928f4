import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RatificationRegisterQuery } from '../../gql/graphql';

type Register = RatificationRegisterQuery['ratificationRegister'];

/** NORMLEX's summary of the register, and the fundamental and governance conventions the country is not bound by. */
export function RatificationSummary({ register }: { register: Register }) {
  const { t, i18n } = useTranslation();
  const { summary, gap } = register;
  const n = (value: number) => value.toLocaleString(i18n.language);
  return (
    <Group align="stretch" grow wrap="wrap">
      <Paper withBorder radius="sm" p="md" component="section" aria-labelledby="ratification-summary-heading">
        <Stack gap={6}>
          <Title order={2} fz="h4" id="ratification-summary-heading">
            {t('ratifications.summary.heading')}
          </Title>
          <Text size="sm">{t('ratifications.summary.fundamental', { bound: n(summary.fundamental.bound), of: n(summary.fundamental.of ?? 0) })}</Text>
          <Text size="sm">{t('ratifications.summary.governance', { bound: n(summary.governance.bound), of: n(summary.governance.of ?? 0) })}</Text>
          <Text size="sm">{t('ratifications.summary.technical', { bound: n(summary.technical.bound) })}</Text>
          <Text size="sm" c="dimmed">
            {t('ratifications.summary.totals', {
              conventions: n(summary.conventionsRatified),
              protocols: n(summary.protocolsRatified),
              inForce: n(summary.inForce),
              notInForce: n(summary.notInForce),
              denounced: n(summary.denounced),
              abrogated: n(summary.abrogated),
            })}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder radius="sm" p="md" component="section" aria-labelledby="ratification-gap-heading">
        <Stack gap={6}>
          <Title order={2} fz="h4" id="ratification-gap-heading">
            {t('ratifications.gap.heading')}
          </Title>
          {gap.length === 0 ? (
            <Text size="sm">{t('ratifications.gap.none')}</Text>
          ) : (
            <>
              <Text size="sm">{t('ratifications.gap.intro')}</Text>
              <List size="sm" spacing={2} data-testid="ratification-gap">
                {gap.map((convention) => (
                  <List.Item key={convention.code}>
                    <Text span fw={600}>
                      {convention.code}
                    </Text>{' '}
                    {convention.title} ({t(`ratifications.categories.${convention.category}`)})
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
      </Paper>
    </Group>
  );
}

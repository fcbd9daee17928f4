import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MINUTES_SIGNATORIES } from '@tripart/contracts';
import type { MinutesFieldsFragment } from '../../gql/graphql';

type Revision = MinutesFieldsFragment['revisions'][number];

const DECISION_STYLE = {
  APPROVED: { color: '#1e6b34', background: '#e6f4ea', mark: '✓' },
  CHANGES_REQUESTED: { color: '#8a3b00', background: '#fff1e0', mark: '!' },
  pending: { color: '#495057', background: '#f1f3f5', mark: '…' },
} as const;

/** Each signatory's decision on one revision, as everyone seated sees it (live: the page refetches on each change). */
export function MinutesApprovals({ revision }: { revision: Revision }) {
  const { t } = useTranslation();
  return (
    <Stack component="section" gap={6} aria-labelledby={`approvals-${revision.number}`}>
      <Title order={3} fz="h5" id={`approvals-${revision.number}`}>
        {t('minutes.approvals.heading', { number: revision.number })}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {MINUTES_SIGNATORIES.map((signatory) => {
          const approval = revision.approvals.find((candidate) => candidate.signatory === signatory);
          const key = approval?.decision ?? 'pending';
          const style = DECISION_STYLE[key];
          return (
            <Paper component="li" key={signatory} withBorder radius="sm" p="xs" data-signatory={signatory} data-decision={approval?.decision ?? 'PENDING'}>
              <Text size="sm" fw={600}>
                {t(`minutes.approvals.signatories.${signatory}`)}
              </Text>
              <Group gap={4}>
                <Badge radius="sm" tt="none" styles={{ root: { background: style.background, color: style.color } }} leftSection={<span aria-hidden="true">{style.mark}</span>}>
                  {approval ? t(`minutes.approvals.${approval.decision}`) : revision.sentAt ? t('minutes.approvals.pending') : t('minutes.approvals.notSent')}
                </Badge>
              </Group>
              {approval && (
                <Text size="xs" c="gray.7">
                  {t('minutes.approvals.by', { name: approval.decidedBy })}
                </Text>
              )}
              {approval?.comment && (
                <Text size="xs" mt={2} style={{ whiteSpace: 'pre-wrap' }}>
                  {approval.comment}
                </Text>
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}

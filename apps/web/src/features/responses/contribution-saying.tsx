import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StanceChip } from '../positions/stance-chips';

/** What a side said on a provision in one submission: its stance, its rationale, its wording (each only when given). */
export function ContributionSaying({ said }: { said: { stance: string; rationale: string; proposedWording: string } }) {
  const { t } = useTranslation();
  return (
    <>
      {said.stance !== 'NO_POSITION' && (
        <Group gap="xs">
          <StanceChip stance={said.stance} />
        </Group>
      )}
      {said.rationale && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <Text span fw={600}>{t('responses.rationale')}</Text> {said.rationale}
        </Text>
      )}
      {said.proposedWording && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <Text span fw={600}>{t('responses.wording')}</Text> {said.proposedWording}
        </Text>
      )}
    </>
  );
}

import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResponseVerdict } from '../../gql/graphql';

/** Ink on tint ≥ 7:1; always with its label, never colour alone. */
const VERDICT_STYLES: Record<ResponseVerdict, { tint: string; ink: string; accent: string }> = {
  ACCEPTED: { tint: '#E6F4EA', ink: '#1B5E20', accent: '#2F9E44' },
  PARTLY_ACCEPTED: { tint: '#E7F0FA', ink: '#0B3D6B', accent: '#1C7ED6' },
  NOT_ACCEPTED: { tint: '#FDE8E8', ink: '#7D1D18', accent: '#C92A2A' },
};

export function VerdictBadge({ verdict }: { verdict: ResponseVerdict }) {
  const { t } = useTranslation();
  const style = VERDICT_STYLES[verdict];
  return (
    <Badge radius="sm" tt="none" size="sm" data-verdict={verdict} styles={{ root: { backgroundColor: style.tint, color: style.ink, border: `1px solid ${style.accent}` } }}>
      {t(`responses.verdicts.${verdict}`)}
    </Badge>
  );
}

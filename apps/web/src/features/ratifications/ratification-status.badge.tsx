import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RatificationStatus } from '../../gql/graphql';

const COLOR: Record<RatificationStatus, string> = {
  IN_FORCE: 'teal.9',
  NOT_IN_FORCE: 'gray.7',
  DENOUNCED: 'violet.9',
  ABROGATED: 'gray.7',
  NOT_RATIFIED: 'red.9',
};

/** A register entry's status, in words (the colour only repeats them). */
export function RatificationStatusBadge({ status }: { status: RatificationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={COLOR[status]} tt="none" style={{ minWidth: 'max-content' }}>
      {t(`ratifications.statuses.${status}`)}
    </Badge>
  );
}

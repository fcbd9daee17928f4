import { Badge, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierDetailFragment } from '../../gql/graphql';
import { formatDate } from '../i18n/format-date';
import { C144SubjectLine } from './c144-subject.control';
import { DossierStatusBadge, ParityChips } from './dossier-badges';
import { DossierStatusControl } from './dossier-status.control';
import { DossierStatusHistory } from './dossier-status-history';
import { MyPart } from './dossiers.table';

/** Title, status (and who moved it when), country, conventions and the members per side. */
export function DossierHeader({ dossier }: { dossier: DossierDetailFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        {dossier.me.canManage ? <DossierStatusControl dossierId={dossier.id} status={dossier.status} /> : <DossierStatusBadge status={dossier.status} />}
        <Text size="sm" c="dimmed">
          {t(`dossiers.kinds.${dossier.kind}`)} · {dossier.country.name}
          {dossier.commentsDeadline &&
            ` · ${t('dossiers.deadlineOn', { date: formatDate(dossier.commentsDeadline, i18n.language) })}`}
        </Text>
        <DossierStatusHistory dossierId={dossier.id} />
      </Group>
      <Title order={1} fz="h2">
        {dossier.title}
      </Title>
      {dossier.summary && (
        <Text size="sm" maw="70ch">
          {dossier.summary}
        </Text>
      )}
      <C144SubjectLine dossierId={dossier.id} subject={dossier.c144Subject ?? null} canManage={dossier.me.canManage} />
      <Group gap="lg" wrap="wrap" mt={4}>
        <ParityChips parity={dossier.parity} />
        {dossier.conventions.length > 0 && (
          <Group gap={4} wrap="wrap" role="list" aria-label={t('dossiers.fields.conventions')}>
            {dossier.conventions.map((convention) => (
              <Tooltip key={convention.code} label={convention.title} withArrow>
                <Badge role="listitem" size="sm" radius="sm" variant="outline" color="ink" tt="none" tabIndex={0} aria-label={`${convention.code} ${convention.title}`}>
                  {convention.code}
                </Badge>
              </Tooltip>
            ))}
          </Group>
        )}
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            {t('dossiers.fields.myPart')}:
          </Text>
          <MyPart me={dossier.me} />
        </Group>
      </Group>
    </Stack>
  );
}

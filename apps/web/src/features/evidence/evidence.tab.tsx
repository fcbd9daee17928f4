import { useQuery } from '@apollo/client';
import { Button, Code, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, c144SubjectCitation, isLocale } from '@tripart/contracts';
import { EvidencePackDocument, type DossierDetailFragment } from '../../gql/graphql';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { formatDate } from '../i18n/format-date';
import { OutcomeBadge } from '../sessions/session-badges';
import { EvidenceExportButtons } from './evidence-export-buttons';
import { EvidenceTable } from './evidence-table';

type Counted = Array<{ side: string; people: number }>;

/** The dossier's C144 evidence pack: what its audit trail proves, each fact with its event. */
export function EvidenceTab({ dossier }: { dossier: DossierDetailFragment }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(EvidencePackDocument, { variables: { dossierId: dossier.id }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) {
    return (
      <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton height={32} />
        <Skeleton height={240} />
      </Stack>
    );
  }
  if (error && !data) return <ProblemAlert title={t('evidence.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const pack = data.evidencePack;
  const sides = (counted: Counted) => counted.map((count) => `${t(`evidence.sides.${count.side as 'OTHERS'}`)}: ${count.people}`).join(' · ');
  const date = (value: string) => formatDate(value, i18n.language, true);
  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4} maw={760}>
          <Title order={2} fz="h4">
            {t('evidence.heading')}
          </Title>
          <Text size="sm" c="gray.7">
            {t('evidence.intro')}
          </Text>
          <Text size="sm">{t('evidence.generated', { date: date(pack.generatedAt), event: pack.upToEvent })}</Text>
          {pack.openedAt && <Text size="sm">{t('evidence.opened', { date: date(pack.openedAt), event: pack.openedEvent })}</Text>}
          <Text size="sm" data-event={pack.c144Subject?.event}>
            {pack.c144Subject
              ? t('evidence.subject', { citation: c144SubjectCitation(pack.c144Subject.subject, isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE), event: `#${pack.c144Subject.event}` })
              : t('evidence.noSubject')}
          </Text>
        </Stack>
        <Group gap="xs">
          <EvidenceExportButtons dossierId={dossier.id} />
          <Button variant="default" onClick={() => window.print()}>
            {t('evidence.print')}
          </Button>
        </Group>
      </Group>
      <EvidenceTable
        id="evidence-invitations"
        title={t('evidence.invitations.heading')}
        rows={pack.invitations}
        columns={[
          { header: t('evidence.invitations.person'), cell: (row) => `${row.person} (${t(`evidence.invitations.roles.${row.role as 'DELEGATE'}`)}${row.lead ? `, ${t('evidence.invitations.lead')}` : ''})` },
          { header: t('evidence.invitations.organization'), cell: (row) => row.organization ?? '' },
          { header: t('evidence.invitations.side'), cell: (row) => (row.constituency ? t(`evidence.sides.${row.constituency}`) : '') },
        ]}
      />
      <EvidenceTable
        id="evidence-drafts"
        title={t('evidence.drafts.heading')}
        rows={pack.drafts}
        columns={[
          { header: t('evidence.drafts.version'), cell: (row) => t('evidence.drafts.version_label', { version: row.version }) },
          { header: t('evidence.drafts.to'), cell: (row) => sides(row.to) },
        ]}
      />
      <EvidenceTable
        id="evidence-sessions"
        title={t('evidence.sessions.heading')}
        rows={pack.sessions}
        columns={[
          { header: t('evidence.sessions.title'), cell: (row) => [row.title, row.closedAt ? t('evidence.sessions.closed', { date: date(row.closedAt), event: row.closedEvent }) : null].filter(Boolean).join(' — ') },
          { header: t('evidence.sessions.attendance'), cell: (row) => sides(row.attendance) },
          {
            header: t('evidence.sessions.draft'),
            cell: (row) => (row.draftVersion === null ? t('evidence.sessions.noDraft') : t('evidence.sessions.daysBefore', { version: row.draftVersion, count: row.daysAfterDraft ?? 0 })),
          },
        ]}
      />
      <EvidenceTable
        id="evidence-submissions"
        title={t('evidence.submissions.heading')}
        rows={pack.submissions}
        columns={[
          { header: t('evidence.submissions.side'), cell: (row) => t(`evidence.sides.${row.constituency}`) },
          { header: t('evidence.submissions.number'), cell: (row) => `#${row.number}` },
          { header: t('evidence.submissions.version'), cell: (row) => row.draftVersion ?? '' },
        ]}
      />
      <EvidenceTable
        id="evidence-outcomes"
        title={t('evidence.outcomes.heading')}
        rows={pack.outcomes}
        columns={[
          { header: t('evidence.outcomes.item'), cell: (row) => row.item },
          { header: t('evidence.outcomes.session'), cell: (row) => row.session },
          { header: t('evidence.outcomes.outcome'), cell: (row) => <OutcomeBadge outcome={row.outcome} size="xs" /> },
        ]}
      />
      <EvidenceTable
        id="evidence-responses"
        title={t('evidence.responses.heading')}
        rows={pack.responses}
        extra={<Text size="sm">{t('evidence.responses.count', { answered: pack.responses.length, total: pack.contributions })}</Text>}
        columns={[
          { header: t('evidence.responses.provision'), cell: (row) => row.provision },
          { header: t('evidence.responses.side'), cell: (row) => t(`evidence.sides.${row.constituency}`) },
          { header: t('evidence.responses.verdict'), cell: (row) => t(`responses.verdicts.${row.verdict as 'ACCEPTED'}`) },
        ]}
      />
      <EvidenceTable
        id="evidence-minutes"
        title={t('evidence.minutes.heading')}
        rows={pack.sealedMinutes}
        columns={[
          { header: t('evidence.minutes.session'), cell: (row) => `${row.session} — ${t(`evidence.minutes.kinds.${row.kind as 'MINUTES'}`)}` },
          { header: t('evidence.minutes.revision'), cell: (row) => row.revision },
          { header: t('evidence.minutes.hash'), cell: (row) => <Code style={{ wordBreak: 'break-all' }}>{row.sealHash}</Code> },
        ]}
      />
    </Stack>
  );
}

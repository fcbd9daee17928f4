import { useMemo, useState } from 'react';
import { Box, Group, SegmentedControl, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Constituency } from '@tripart/contracts';
import type { SubmissionFieldsFragment } from '../../gql/graphql';
import { DiffText } from '../../shared/diff/diff-text';
import { wordDiff } from '@tripart/contracts';
import { EmptyState } from '../../shared/ui/empty-state';
import { FileTextIcon, SearchIcon } from '../../shared/ui/icons';
import { SideBadge } from '../../shared/ui/side-badge';
import { formatDate } from '../i18n/format-date';
import { SIDES, submissionsBySide, submittedProvision } from './position-content';
import { articleLabel, type DraftProvision } from './provision-position';
import { StanceChip } from './stance-chips';
import { SUBMITTED_FILTERS, submittedRowMatches, type SubmittedFilter } from './submitted-filter';

function Changed({ before, after, showChanges, lang }: { before: string | null; after: string; showChanges: boolean; lang?: string }) {
  if (showChanges && before !== null && before !== after) {
    return (
      <Text size="sm" component="div" lang={lang} style={{ whiteSpace: 'pre-wrap' }}>
        <DiffText diff={wordDiff(before, after)} />
      </Text>
    );
  }
  return (
    <Text size="sm" component="div" lang={lang} style={{ whiteSpace: 'pre-wrap' }}>
      {after}
    </Text>
  );
}

/** The cell of one side on one provision: stance, rationale, proposed wording. */
function SideCell({
  current,
  previous,
  provisionId,
  showChanges,
  language,
}: {
  current: SubmissionFieldsFragment | null;
  previous: SubmissionFieldsFragment | null;
  provisionId: string;
  showChanges: boolean;
  language: string | null;
}) {
  const { t } = useTranslation();
  const now = submittedProvision(current, provisionId);
  if (!now) {
    return (
      <Text size="sm" c="dimmed">
        {t('positions.submitted.notYet')}
      </Text>
    );
  }
  const before = previous ? submittedProvision(previous, provisionId) : null;
  const stanceChanged = showChanges && before && before.stance !== now.stance;
  return (
    <Stack gap={4}>
      <Group gap={4}>
        <StanceChip stance={now.stance} />
        {stanceChanged && (
          <Text size="xs" c="gray.8">
            {t('positions.submitted.wasStance', { stance: t(`positions.stances.${before.stance as 'SUPPORT'}`) })}
          </Text>
        )}
      </Group>
      {(now.rationale || (showChanges && before?.rationale)) && (
        <Box>
          <Text size="xs" fw={600} c="gray.8">
            {t('positions.paper.rationale')}
          </Text>
          <Changed before={before?.rationale ?? null} after={now.rationale} showChanges={showChanges} />
        </Box>
      )}
      {(now.proposedWording || (showChanges && before?.proposedWording)) && (
        <Box>
          <Text size="xs" fw={600} c="gray.8">
            {t('positions.paper.wording')}
          </Text>
          <Changed before={before?.proposedWording ?? null} after={now.proposedWording} showChanges={showChanges} lang={language ?? undefined} />
        </Box>
      )}
    </Stack>
  );
}

/** Every side's submitted paper, side by side per provision: what the plenary sees. */
export function SubmittedPositions({
  submissions,
  draftId,
  language,
  articles,
}: {
  submissions: readonly SubmissionFieldsFragment[];
  draftId: string;
  language: string | null;
  articles: DraftProvision[];
}) {
  const { t, i18n } = useTranslation();
  const bySide = useMemo(() => submissionsBySide(submissions, draftId), [submissions, draftId]);
  const [chosen, setChosen] = useState<Partial<Record<Constituency, string>>>({});
  const [showChanges, setShowChanges] = useState(false);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<SubmittedFilter>('all');
  const any = SIDES.some((side) => bySide[side].length > 0);
  const hasEarlier = SIDES.some((side) => bySide[side].length > 1);

  if (!any) {
    return <EmptyState icon={<FileTextIcon />} title={t('positions.submitted.empty')} hint={t('positions.submitted.emptyHint')} />;
  }

  const selected = Object.fromEntries(
    SIDES.map((side) => {
      const list = bySide[side];
      const current = list.find((s) => s.id === chosen[side]) ?? list.at(-1) ?? null;
      const previous = current ? list.find((s) => s.number === current.number - 1) ?? null : null;
      return [side, { current, previous }];
    }),
  ) as Record<Constituency, { current: SubmissionFieldsFragment | null; previous: SubmissionFieldsFragment | null }>;

  const shownArticles = articles.filter((article) =>
    submittedRowMatches(article, SIDES.map((side) => submittedProvision(selected[side].current, article.id)), query, filter),
  );

  return (
    <Stack gap="sm" data-testid="submitted-positions">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="gray.8">
          {t('positions.submitted.hint')}
        </Text>
        <Switch
          label={t('positions.submitted.showChanges')}
          checked={showChanges}
          disabled={!hasEarlier}
          description={hasEarlier ? undefined : t('positions.submitted.noEarlier')}
          onChange={(event) => setShowChanges(event.currentTarget.checked)}
        />
      </Group>
      <Group gap="sm" wrap="wrap" align="flex-end">
        <TextInput
          size="xs"
          w={280}
          type="search"
          label={t('positions.submitted.search')}
          placeholder={t('positions.submitted.searchPlaceholder')}
          leftSection={<SearchIcon size={14} />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
        <SegmentedControl
          size="xs"
          aria-label={t('positions.submitted.filter')}
          value={filter}
          onChange={(value) => setFilter(value as SubmittedFilter)}
          data={SUBMITTED_FILTERS.map((value) => ({ value, label: t(`positions.submitted.filters.${value}`) }))}
        />
        <Text size="xs" c="gray.7" aria-live="polite">
          {t('positions.submitted.shown', { shown: shownArticles.length, count: articles.length })}
        </Text>
      </Group>
      <Box style={{ overflowX: 'auto' }}>
        <Table withTableBorder withColumnBorders verticalSpacing="xs" style={{ tableLayout: 'fixed', minWidth: 860 }}>
          <Table.Caption>{t('positions.submitted.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={{ width: '19%' }} scope="col">
                {t('positions.submitted.provision')}
              </Table.Th>
              {SIDES.map((side) => {
                const list = bySide[side];
                const current = selected[side].current;
                return (
                  <Table.Th key={side} scope="col" data-side-column={side}>
                    <Stack gap={4}>
                      <SideBadge side={side} />
                      {current && list.length <= 1 && (
                        <Text size="xs" fw={400} c="gray.8">
                          {t('positions.submitted.version', { number: current.number, date: formatDate(current.submittedAt, i18n.language) })}
                        </Text>
                      )}
                      {list.length > 1 && current && (
                        <Select
                          size="xs"
                          aria-label={t('positions.submitted.versionOf', { side: t(`sides.${side}`) })}
                          allowDeselect={false}
                          value={current.id}
                          onChange={(id) => id && setChosen((c) => ({ ...c, [side]: id }))}
                          data={[...list].reverse().map((s) => ({
                            value: s.id,
                            label: t('positions.submitted.version', { number: s.number, date: formatDate(s.submittedAt, i18n.language) }),
                          }))}
                          comboboxProps={{ withinPortal: true }}
                        />
                      )}
                    </Stack>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">{t('positions.general')}</Table.Th>
              {SIDES.map((side) => {
                const { current, previous } = selected[side];
                return (
                  <Table.Td key={side} data-side={side} data-row="general">
                    {current ? (
                      <Changed before={previous?.content.general ?? null} after={current.content.general || t('common.none')} showChanges={showChanges} />
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('positions.submitted.notYet')}
                      </Text>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
            {shownArticles.map((article) => (
              <Table.Tr key={article.id}>
                <Table.Th scope="row">
                  <Title order={3} fz="sm">
                    {articleLabel(article, t('drafts.kinds.ARTICLE'))}
                  </Title>
                </Table.Th>
                {SIDES.map((side) => (
                  <Table.Td key={side} data-side={side} style={{ verticalAlign: 'top' }}>
                    <SideCell
                      current={selected[side].current}
                      previous={selected[side].previous}
                      provisionId={article.id}
                      showChanges={showChanges}
                      language={language}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
    </Stack>
  );
}

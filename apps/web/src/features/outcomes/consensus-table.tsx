import { Fragment, useState } from 'react';
import { Anchor, Table, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CONSTITUENCIES, reservationOf } from '@tripart/contracts';
import { SideBadge } from '../../shared/ui/side-badge';
import { OutcomeBadge } from '../sessions/session-badges';
import type { MatrixRow } from './outcomes-matrix';
import { PositionCell } from './position-cell';
import { useGridNavigation } from './use-grid-navigation';

/** Columns: the provision, the outcome, a cell per side, the agreed text (a button that opens the row). */
const COLUMNS = 3 + CONSTITUENCIES.length;

/** The matrix as a table with one cell in the tab order (roving tabindex): arrows move between cells. */
export function ConsensusTable({ dossierId, rows }: { dossierId: string; rows: readonly MatrixRow[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const { onKeyDown, cellProps } = useGridNavigation(rows.length, COLUMNS);
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="xs" highlightOnHover aria-label={t('outcomes.tableLabel')} aria-describedby="consensus-keys" onKeyDown={onKeyDown}>
        <caption id="consensus-keys" style={{ captionSide: 'bottom', textAlign: 'start', padding: 8, fontSize: 12, color: '#495057' }}>
          {t('outcomes.keys')}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('outcomes.provision')}</Table.Th>
            <Table.Th scope="col" style={{ minWidth: 150 }}>
              {t('outcomes.outcome')}
            </Table.Th>
            {CONSTITUENCIES.map((side) => (
              <Table.Th scope="col" key={side} style={{ minWidth: 150 }}>
                <SideBadge side={side} size="xs" />
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('outcomes.agreedTextColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, r) => {
            const expanded = open.has(row.key);
            const detailId = `consensus-detail-${row.key}`;
            return (
              <Fragment key={row.key}>
                <Table.Tr data-row-disagreement={row.disagreement || undefined} data-row-unanswered={row.unanswered || undefined} data-provision-id={row.provisionId ?? undefined}>
                  <Table.Th scope="row" fw={600} fz="sm" {...(row.provisionId ? {} : cellProps(r, 0))}>
                    {row.provisionId ? (
                      // The provision in the draft, with its comments: the thread of what the sides said on it.
                      <Anchor component={Link} to={`/dossiers/${dossierId}/draft?provision=${row.provisionId}`} title={t('outcomes.openThread')} fz="sm" fw={600} {...cellProps(r, 0)}>
                        {row.label}
                      </Anchor>
                    ) : (
                      row.label
                    )}
                    {!row.provisionId && (
                      <Text span size="xs" c="gray.7">
                        {' '}
                        ({t('sessions.form.topic')})
                      </Text>
                    )}
                    {row.disagreement && (
                      <Text size="xs" c="red.9" fw={600} mt={2}>
                        {t('outcomes.disagreementMark')}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td {...cellProps(r, 1)}>
                    {row.outcome ? <OutcomeBadge outcome={row.outcome.outcome} size="xs" /> : <Text size="sm" c="gray.7">{t('outcomes.none')}</Text>}
                  </Table.Td>
                  {CONSTITUENCIES.map((side, s) => (
                    <Table.Td key={side} {...cellProps(r, 2 + s)}>
                      <PositionCell position={row.positions[side]} reservation={reservationOf(row, side)} />
                    </Table.Td>
                  ))}
                  {row.outcome?.agreedText || row.outcome?.note ? (
                    <Table.Td>
                      <UnstyledButton {...cellProps(r, COLUMNS - 1)} aria-expanded={expanded} aria-controls={detailId} onClick={() => toggle(row.key)} fz="sm" td="underline">
                        {t(expanded ? 'outcomes.hideDetail' : row.outcome.agreedText ? 'outcomes.showAgreedText' : 'outcomes.showNote')}
                      </UnstyledButton>
                    </Table.Td>
                  ) : (
                    <Table.Td {...cellProps(r, COLUMNS - 1)}>
                      <Text size="sm" c="gray.7">
                        {t(row.outcome ? 'outcomes.noAgreedText' : 'common.none')}
                      </Text>
                    </Table.Td>
                  )}
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={detailId}>
                    <Table.Td colSpan={COLUMNS}>
                      {row.outcome?.agreedText && (
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                          <Text span fw={600}>
                            {t('outcomes.agreedText')}
                          </Text>{' '}
                          {row.outcome.agreedText}
                        </Text>
                      )}
                      {row.outcome?.note && (
                        <Text size="sm" mt={4}>
                          <Text span fw={600}>
                            {t('outcomes.note')}:
                          </Text>{' '}
                          {row.outcome.note}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

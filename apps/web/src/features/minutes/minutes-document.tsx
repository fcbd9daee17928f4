import { Blockquote, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSTITUENCIES } from '@tripart/contracts';
import { formatDate } from '../i18n/format-date';
import { SideBadge } from '../../shared/ui/side-badge';
import { OutcomeBadge, StanceBadge } from '../sessions/session-badges';
import { durationOf, type MinutesContent } from './minutes-text';

type Attendee = MinutesContent['attendance'][number];

function Presence({ person }: { person: Attendee }) {
  const { t, i18n } = useTranslation();
  const time = (value: string) => new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(value));
  return (
    <Text span size="sm" c="gray.7">
      {person.stretches
        .map((stretch) => `${t('minutes.attendance.stretch', { from: time(stretch.joinedAt), to: stretch.leftAt ? time(stretch.leftAt) : t('minutes.attendance.untilEnd') })} (${t(stretch.inRoom ? 'minutes.attendance.inRoom' : 'minutes.attendance.online')})`)
        .join(', ')}
    </Text>
  );
}

function AttendanceGroup({ title, people }: { title: React.ReactNode; people: Attendee[] }) {
  if (!people.length) return null;
  return (
    <Stack gap={2}>
      <div>{title}</div>
      <List size="sm" spacing={2}>
        {people.map((person) => (
          <List.Item key={person.userId}>
            <Text span size="sm" fw={600}>
              {person.name}
            </Text>
            {person.organization && <Text span size="sm">{`, ${person.organization}`}</Text>} <Presence person={person} />
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** A narrative part the chair wrote (nothing when empty). */
function Narrative({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <section aria-label={label}>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    </section>
  );
}

/** Minutes as everyone reads them: the session's facts, attendance per side, each agenda item, the narrative. */
export function MinutesDocument({ content }: { content: MinutesContent }) {
  const { t, i18n } = useTranslation();
  const { session } = content;
  if (content.kind === 'ADDENDUM') {
    return (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {content.opening}
      </Text>
    );
  }
  return (
    <Stack gap="md">
      <Table variant="vertical" withTableBorder layout="fixed" fz="sm">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={160}>{t('minutes.facts.date')}</Table.Th>
            <Table.Td>{formatDate(session.startsAt, i18n.language, true)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('minutes.facts.place')}</Table.Th>
            <Table.Td>{session.place || (session.meetingUrl ? t('minutes.facts.online') : t('minutes.facts.noPlace'))}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('minutes.facts.chairs')}</Table.Th>
            <Table.Td>{session.chairs.join(', ')}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Narrative label={t('minutes.opening')} text={content.opening} />
      <Stack component="section" gap="xs" aria-labelledby="minutes-attendance">
        <Title order={3} fz="h5" id="minutes-attendance">
          {t('minutes.attendance.heading')}
        </Title>
        {content.attendance.length === 0 && <Text size="sm">{t('minutes.attendance.none')}</Text>}
        <AttendanceGroup title={<Text size="sm" fw={600}>{t('minutes.attendance.chair')}</Text>} people={content.attendance.filter((person) => person.role === 'FACILITATOR')} />
        {CONSTITUENCIES.map((side) => (
          <AttendanceGroup key={side} title={<SideBadge side={side} size="sm" />} people={content.attendance.filter((person) => person.constituency === side)} />
        ))}
        <AttendanceGroup title={<Text size="sm" fw={600}>{t('minutes.attendance.observers')}</Text>} people={content.attendance.filter((person) => person.role === 'OBSERVER')} />
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="minutes-items">
        <Title order={3} fz="h5" id="minutes-items">
          {t('minutes.items.heading')}
        </Title>
        {content.items.map((item) => (
          <Stack key={item.agendaItemId} component="article" gap={6} aria-labelledby={`minutes-item-${item.agendaItemId}`} pl="sm" style={{ borderInlineStart: '3px solid var(--mantine-color-gray-3)' }}>
            <Title order={4} fz="sm" id={`minutes-item-${item.agendaItemId}`}>
              {`${item.position + 1}. ${item.title}`}
            </Title>
            <Text size="xs" fw={600} c="gray.7">
              {t('minutes.items.interventions')}
            </Text>
            {item.interventions.length === 0 ? (
              <Text size="sm">{t('minutes.items.noInterventions')}</Text>
            ) : (
              <List size="sm" spacing={4}>
                {item.interventions.map((intervention) => (
                  <List.Item key={intervention.id} data-intervention-kind={intervention.kind}>
                    <Text span size="sm" fw={600}>
                      {intervention.speaker}
                    </Text>
                    <Text span size="sm">{` (${t(`sides.${intervention.constituency}`)}${intervention.organization ? `, ${intervention.organization}` : ''}) — ${t(`minutes.items.kinds.${intervention.kind}`)}, ${durationOf(t, intervention.durationSeconds)}: `}</Text>
                    <Text span size="sm">
                      {intervention.summary || t('minutes.items.noSummary')}
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
            {item.stances.length > 0 && (
              <Group gap="xs" wrap="wrap" aria-label={t('minutes.items.stances')}>
                {item.stances.map((stance, index) => (
                  <Group key={index} gap={4} wrap="nowrap">
                    <SideBadge side={stance.constituency} size="xs" />
                    <StanceBadge stance={stance.stance} size="xs" />
                    {stance.reservation && <Text size="xs">{stance.reservation}</Text>}
                  </Group>
                ))}
              </Group>
            )}
            {item.reopenings.map((reopening, index) => (
              <Text key={index} size="sm" c="orange.9" data-reopened>
                {t('minutes.items.reopened', { date: formatDate(reopening.at, i18n.language, true), name: reopening.by, outcome: t(`outcomes.kinds.${reopening.outcome}`), reason: reopening.reason })}
              </Text>
            ))}
            {item.outcome ? (
              <Stack gap={4}>
                <Group gap="xs">
                  <Text size="xs" fw={600} c="gray.7">
                    {t('minutes.items.outcome')}
                  </Text>
                  <OutcomeBadge outcome={item.outcome.outcome} size="xs" />
                  {item.outcome.note && <Text size="sm">{item.outcome.note}</Text>}
                </Group>
                {item.outcome.agreedText && (
                  <Blockquote p="xs" fz="sm" cite={t('minutes.items.agreedText')} style={{ whiteSpace: 'pre-wrap' }}>
                    {item.outcome.agreedText}
                  </Blockquote>
                )}
                {CONSTITUENCIES.filter((side) => item.outcome?.reservations[side]).map((side) => (
                  <Text key={side} size="sm">
                    {`${t('minutes.items.reservation', { side: t(`sides.${side}`) })}: ${item.outcome?.reservations[side]}`}
                  </Text>
                ))}
              </Stack>
            ) : (
              <Text size="sm" c="gray.7">
                {t('minutes.items.noOutcome')}
              </Text>
            )}
            {item.notes && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <Text span fw={600} size="sm">{`${t('minutes.items.notes')}: `}</Text>
                {item.notes}
              </Text>
            )}
          </Stack>
        ))}
      </Stack>
      <Narrative label={t('minutes.closing')} text={content.closing} />
    </Stack>
  );
}

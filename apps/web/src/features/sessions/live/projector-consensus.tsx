import { useQuery } from '@apollo/client';
import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSTITUENCIES } from '@tripart/contracts';
import { SessionDossierDocument, type LiveSessionStateFragment } from '../../../gql/graphql';
import { SIDE_STYLES } from '../../../shared/ui/side-style';
import { OUTCOME_STYLES } from '../session-badges';

const INK = '#ffffff';
const MUTED = '#d9d9d9';
/** How much of the provision the room reads at once: a long one is cut, with a mark. */
const SHOWN_CHARACTERS = 900;

/**
 * During a consensus check, what the room decides on: the provision's text,
 * each side's stance as its lead declares it, then the outcome with the
 * agreed text and the reservations. Stances and outcome come pushed with the
 * live state; the provision's text from the dossier, once.
 */
export function ProjectorConsensus({ state }: { state: LiveSessionStateFragment }) {
  const { t } = useTranslation();
  const round = state.currentRound;
  const item = state.agenda.find((candidate) => candidate.id === round?.agendaItemId);
  const dossier = useQuery(SessionDossierDocument, { variables: { id: state.dossierId }, skip: !item?.provisionId });
  if (!round || round.kind !== 'CONSENSUS_CHECK' || !item) return null;
  const provision = dossier.data?.dossier.currentDraft?.provisions.find((candidate) => candidate.id === item.provisionId);
  const text = provision?.text ?? '';
  const stances = item.stances.filter((stance) => stance.roundId === round.id);
  const outcome = item.outcome;
  return (
    <Stack component="section" gap="md" aria-labelledby="projector-consensus" data-testid="projector-consensus">
      <Title order={2} id="projector-consensus" style={{ fontSize: 26, color: MUTED }}>
        {t('live.projectorConsensus')}
      </Title>
      {text && (
        <Text style={{ fontSize: 30, color: INK, lineHeight: 1.35, whiteSpace: 'pre-wrap' }} data-testid="projector-provision">
          {text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS).trimEnd()} …` : text}
        </Text>
      )}
      <SimpleGrid cols={3} spacing="md">
        {CONSTITUENCIES.map((side) => {
          const stance = stances.find((candidate) => candidate.constituency === side);
          const { accent, Icon } = SIDE_STYLES[side];
          return (
            <Stack key={side} gap={4} style={{ borderTop: `10px solid ${accent}`, paddingTop: 8 }} data-side={side} data-stance={stance?.stance ?? 'NONE'}>
              <Group gap={8} wrap="nowrap">
                <Icon size={28} />
                <Text fw={700} style={{ fontSize: 28, color: INK }}>
                  {t(`sides.${side}`)}
                </Text>
              </Group>
              <Text fw={700} style={{ fontSize: 34, color: stance ? INK : MUTED }}>
                {stance ? t(`live.stances.${stance.stance}`) : t('live.projectorAwaitingStance')}
              </Text>
              {stance?.reservation && <Text style={{ fontSize: 24, color: MUTED }}>{stance.reservation}</Text>}
            </Stack>
          );
        })}
      </SimpleGrid>
      {outcome && (
        <Stack gap={6} data-testid="projector-outcome">
          <Text fw={700} style={{ fontSize: 44, color: INK }}>
            <span aria-hidden="true">{OUTCOME_STYLES[outcome.outcome].mark} </span>
            {t(`outcomes.kinds.${outcome.outcome}`)}
          </Text>
          {outcome.agreedText && <Text style={{ fontSize: 28, color: INK, whiteSpace: 'pre-wrap' }}>{outcome.agreedText}</Text>}
          {CONSTITUENCIES.filter((side) => outcome.reservations[side]).map((side) => (
            <Text key={side} style={{ fontSize: 24, color: MUTED }}>
              {`${t(`sides.${side}`)}: ${outcome.reservations[side]}`}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

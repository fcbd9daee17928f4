import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Button, Checkbox, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSTITUENCIES, type Constituency } from '@tripart/contracts';
import {
  AddParticipantDocument,
  ProposeDelegationMemberDocument,
  DossierCandidatesDocument,
  type DossierDetailFragment,
} from '../../gql/graphql';
import { problemOf } from '../../shared/errors/graphql-error';
import { useProblemText } from '../../shared/errors/use-problem-text';
import { ProblemAlert } from '../../shared/ui/problem-alert';

type Seat = Constituency | 'FACILITATOR' | 'OBSERVER';

function isSide(seat: Seat): seat is Constituency {
  return (CONSTITUENCIES as readonly string[]).includes(seat);
}

/** People the API says may take this seat (never those already taking part). */
function useCandidates(dossier: DossierDetailFragment, seat: Seat) {
  const { data, previousData, loading, error, refetch } = useQuery(DossierCandidatesDocument, {
    variables: { dossierId: dossier.id, constituency: isSide(seat) ? seat : null },
    fetchPolicy: 'cache-and-network',
  });
  const users = data?.dossierCandidates ?? (loading ? previousData?.dossierCandidates : undefined) ?? [];
  const options = [...users]
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .map((user) => {
      const organization = user.organizations[0];
      const org = organization ? ` — ${organization.acronym ?? organization.name}` : '';
      return { value: user.id, label: `${user.displayName}${org}` };
    });
  return { options, loading: loading && !data, error, refetch };
}

/** Where I may seat people, as the API says: a facilitator everywhere, a lead in their own delegation. */
function seatsFor(dossier: DossierDetailFragment): Seat[] {
  const sides = CONSTITUENCIES.filter((side) => dossier.me.canBringInto.includes(side));
  return dossier.me.canManage ? [...sides, 'FACILITATOR', 'OBSERVER'] : sides;
}

export function AddPersonPanel({ dossier }: { dossier: DossierDetailFragment }) {
  const { t } = useTranslation();
  const { fieldText } = useProblemText();
  const seats = seatsFor(dossier);
  const [seat, setSeat] = useState<Seat>(seats[0] ?? 'GOVERNMENT');
  const [userId, setUserId] = useState<string | null>(null);
  const [lead, setLead] = useState(false);
  const [missing, setMissing] = useState(false);
  const [added, setAdded] = useState<{ name: string; proposed: boolean; side: Seat } | null>(null);
  const candidates = useCandidates(dossier, seat);
  const refetch = { refetchQueries: ['Dossier', 'DossierCandidates'], awaitRefetchQueries: true };
  const [addMember, memberState] = useMutation(ProposeDelegationMemberDocument, refetch);
  const [addParticipant, participantState] = useMutation(AddParticipantDocument, refetch);
  const state = isSide(seat) ? memberState : participantState;
  const problem = problemOf(state.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    if (!userId) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const result = isSide(seat)
      ? await addMember({ variables: { input: { dossierId: dossier.id, constituency: seat, userId, lead } } }).catch(() => null)
      : await addParticipant({ variables: { input: { dossierId: dossier.id, userId, role: seat } } }).catch(() => null);
    if (result?.data) {
      // In a delegation with a lead, the side chooses (C144 Art. 3): what is made here is a proposal.
      const brought = 'proposeDelegationMember' in result.data ? result.data.proposeDelegationMember : { participant: result.data.addParticipant, request: null };
      const name = brought.participant?.user.displayName ?? brought.request?.user.displayName ?? '';
      setAdded({ name, proposed: !brought.participant, side: seat });
      setUserId(null);
      setLead(false);
    }
  };

  const changeSeat = (next: Seat) => {
    setSeat(next);
    setUserId(null);
    setMissing(false);
    memberState.reset();
    participantState.reset();
  };

  const personError = missing ? t('validation.required') : fieldText(problem, 'userId');

  return (
    <Paper component="section" aria-labelledby="add-person" withBorder radius="sm" p="sm" bg="gray.0">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Title order={3} fz="md" id="add-person">
            {t('composition.add.title')}
          </Title>
          {problem && problem.fieldErrors.length === 0 && (
            <ProblemAlert error={state.error} title={problem.code === 'CONFLICT' ? t('composition.add.already') : undefined} />
          )}
          {candidates.error && <ProblemAlert error={candidates.error} onRetry={() => void candidates.refetch()} />}
          <Group align="flex-start" grow>
            <Select
              label={t('composition.add.seat')}
              allowDeselect={false}
              data={seats.map((value) => ({
                value,
                label: isSide(value) ? t(`composition.delegations.${value}`) : t(`composition.add.seats.${value}`),
              }))}
              value={seat}
              onChange={(value) => value && changeSeat(value as Seat)}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('composition.add.person')}
              placeholder={t('composition.add.personPlaceholder')}
              searchable
              data={candidates.options}
              value={userId}
              onChange={setUserId}
              nothingFoundMessage={t('composition.add.nobody')}
              description={
                isSide(seat) ? t('composition.add.sideHint', { side: t(`sides.${seat}`), country: dossier.country.name }) : undefined
              }
              error={personError}
              disabled={candidates.loading}
              comboboxProps={{ withinPortal: true }}
            />
          </Group>
          <Group justify="space-between">
            {isSide(seat) ? (
              <Checkbox
                label={t('composition.add.asLead')}
                checked={lead}
                onChange={(event) => setLead(event.currentTarget.checked)}
                error={problem?.fieldErrors.some((fieldError) => fieldError.field === 'lead') ? t('composition.add.firstIsLead') : undefined}
              />
            ) : (
              <span />
            )}
            <Button type="submit" loading={state.loading}>
              {t('composition.add.submit')}
            </Button>
            </Group>
          {added && (
            <Text size="sm" c="green.9" role="status">
              {added.proposed && isSide(added.side)
                ? t('composition.add.proposed', { name: added.name, delegation: t(`composition.delegations.${added.side}`) })
                : t('composition.add.done', { name: added.name })}
            </Text>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

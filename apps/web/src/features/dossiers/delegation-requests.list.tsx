import { useMutation } from '@apollo/client';
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDelegationRequestDocument, DeclineDelegationRequestDocument, type DelegationRequestRowFragment } from '../../gql/graphql';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { useSession } from '../auth/use-session';

/**
 * People proposed for a delegation by someone outside it, shown to the
 * delegation (and to the facilitators who proposed them): a lead confirms or
 * declines — the API says who may (`canDecide`) — and a proposer may withdraw.
 */
export function DelegationRequestsList({ requests, headingId }: { requests: DelegationRequestRowFragment[]; headingId: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const refetch = { refetchQueries: ['Dossier', 'DossierCandidates'], awaitRefetchQueries: true };
  const [confirm, confirmState] = useMutation(ConfirmDelegationRequestDocument, refetch);
  const [decline, declineState] = useMutation(DeclineDelegationRequestDocument, refetch);
  if (requests.length === 0) return null;
  const busy = confirmState.loading || declineState.loading;
  return (
    <Stack gap={4} component="section" aria-labelledby={headingId} data-delegation-requests>
      <Title order={4} fz="sm" id={headingId} c="gray.8">
        {t('composition.requests.requestsTitle')}
      </Title>
      {(confirmState.error || declineState.error) && <ProblemAlert error={confirmState.error ?? declineState.error} />}
      <Stack component="ul" gap={4} m={0} p={0}>
        {requests.map((request) => {
          const name = request.user.displayName;
          const mine = request.requestedBy.id === me?.id;
          return (
            <Group component="li" key={request.id} justify="space-between" wrap="wrap" gap={6} style={{ listStyle: 'none' }}>
              <Stack gap={0} miw={0}>
                <Group gap={6}>
                  <Text size="sm" fw={500}>
                    {name}
                  </Text>
                  {request.lead && (
                    <Badge size="xs" variant="light" color="gray" tt="none">
                      {t('composition.requests.requestAsLead')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="gray.7">
                  {t('composition.requests.requestBy', { name: request.requestedBy.displayName })}
                </Text>
              </Stack>
              <Group gap={4}>
                {request.canDecide && (
                  <>
                    <Button size="compact-xs" disabled={busy} onClick={() => void confirm({ variables: { requestId: request.id } }).catch(() => undefined)} aria-label={t('composition.requests.confirmLabel', { name })}>
                      {t('composition.requests.confirm')}
                    </Button>
                    <Button size="compact-xs" variant="default" disabled={busy} onClick={() => void decline({ variables: { requestId: request.id } }).catch(() => undefined)} aria-label={t('composition.requests.declineLabel', { name })}>
                      {t('composition.requests.decline')}
                    </Button>
                  </>
                )}
                {!request.canDecide && mine && (
                  <Button size="compact-xs" variant="subtle" disabled={busy} onClick={() => void decline({ variables: { requestId: request.id } }).catch(() => undefined)} aria-label={t('composition.requests.withdrawLabel', { name })}>
                    {t('composition.requests.withdraw')}
                  </Button>
                )}
              </Group>
            </Group>
          );
        })}
      </Stack>
    </Stack>
  );
}

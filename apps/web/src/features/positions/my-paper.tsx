import { useCallback, useMemo, useState } from 'react';
import { Alert, Box, Button, Group, Paper, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Constituency } from '@tripart/contracts';
import type { SubmissionFieldsFragment } from '../../gql/graphql';
import { CheckIcon } from '../../shared/ui/icons';
import { CollabEditor } from '../collab/collab-editor';
import { CollabStatusIndicator } from '../collab/collab-status-indicator';
import { documentNames } from '../collab/collab-url';
import { PeerAvatars } from '../collab/peer-avatars';
import { useCollabDocument, usePeers } from '../collab/use-collab-document';
import { PrivateBadge, privateTint } from '../comments/comment-visibility';
import { changedSince, matchesFilter, positionKeys, renderPosition, type PaperFilter, type PositionContent } from './position-content';
import { articleLabel, ProvisionPosition, type DraftProvision } from './provision-position';
import { SubmitPositionModal } from './submit-position.modal';
import { useDelegationSuggestions } from './use-delegation-suggestions';
import { useLivePaper } from './use-live-paper';
import type { WordingSuggestion } from './wording-suggestions';

const NO_PEERS: never[] = [];
const NO_SUGGESTIONS: WordingSuggestion[] = [];

/** My delegation's private, live position paper on the current draft. */
export function MyPaper({
  dossierId,
  side,
  delegationId,
  draftId,
  language,
  articles,
  isLead,
  latestMine,
  onSubmitted,
}: {
  dossierId: string;
  side: Constituency;
  delegationId: string;
  draftId: string;
  language: string | null;
  articles: DraftProvision[];
  isLead: boolean;
  latestMine: SubmissionFieldsFragment | null;
  onSubmitted(submission: SubmissionFieldsFragment): void;
}) {
  const { t } = useTranslation();
  const collab = useCollabDocument(documentNames.position(delegationId, draftId));
  const { provider, user, status } = collab;
  const peers = usePeers(provider);
  const ids = useMemo(() => articles.map((a) => a.id), [articles]);
  const paper = useLivePaper(provider?.document ?? null, ids);
  const suggestions = useDelegationSuggestions(dossierId, draftId, side);
  const [filter, setFilter] = useState<PaperFilter>('all');
  const [confirming, setConfirming] = useState(false);
  const [preview, setPreview] = useState<PositionContent | null>(null);
  const [submitted, setSubmitted] = useState<number | null>(null);
  const labels = useMemo(() => new Map(articles.map((a) => [a.id, articleLabel(a, t('drafts.kinds.ARTICLE'))])), [articles, t]);

  const peersByProvision = useMemo(() => {
    const map = new Map<string, typeof peers>();
    for (const peer of peers) if (peer.provisionId) map.set(peer.provisionId, [...(map.get(peer.provisionId) ?? []), peer]);
    return map;
  }, [peers]);

  const onFocusProvision = useCallback((provisionId: string | null) => provider?.setAwarenessField('provisionId', provisionId), [provider]);

  const shown = articles.filter((a) => {
    const live = paper.content.get(a.id);
    return !live || matchesFilter(filter, live, latestMine);
  });

  const openConfirm = () => {
    if (!provider) return;
    setPreview(renderPosition(provider.document, ids));
    setConfirming(true);
  };

  return (
    <Paper radius="sm" p="md" bg={privateTint(side)} withBorder component="section" aria-labelledby="my-paper-heading" data-private-paper>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={4}>
            <Group gap="xs">
              <Title order={2} fz="h4" id="my-paper-heading">
                {t('positions.paper.title')}
              </Title>
              <PrivateBadge side={side} />
            </Group>
            <Text size="sm" c="gray.8">
              {t('positions.paper.hint', { delegation: t(`composition.delegations.${side}`) })}
            </Text>
          </Stack>
          <Group gap="sm">
            <PeerAvatars peers={peers} max={6} />
            <CollabStatusIndicator status={status} onRetry={collab.retry} />
            {isLead && (
              <Button onClick={openConfirm} disabled={!collab.ready}>
                {t('positions.submit.open')}
              </Button>
            )}
          </Group>
        </Group>
        {status === 'refused' && (
          <Alert color="red" variant="light" role="alert">
            {t('positions.paper.refused')}
          </Alert>
        )}
        {submitted !== null && (
          <Alert
            color="green"
            variant="light"
            icon={<CheckIcon />}
            role="status"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setSubmitted(null)}
          >
            {t('positions.submit.done', { number: submitted })}
          </Alert>
        )}
        {!provider || !collab.ready ? (
          status === 'refused' ? null : (
            <Stack gap="sm" role="status" aria-busy="true" aria-label={t('common.loading')}>
              <Skeleton height={80} />
              <Skeleton height={160} />
            </Stack>
          )
        ) : (
          <>
            <Box>
              <Group justify="space-between" mb={4}>
                <Text fw={600} size="sm">
                  {t('positions.general')}
                </Text>
                <PeerAvatars peers={peersByProvision.get('general') ?? NO_PEERS} />
              </Group>
              <CollabEditor
                provider={provider}
                field={positionKeys.general}
                user={user}
                label={t('positions.general')}
                editable
                minHeight={90}
                testId="general-statement"
                onFocusChange={(focused) => onFocusProvision(focused ? 'general' : null)}
              />
            </Box>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Title order={3} fz="md">
                {t('positions.paper.provisions')}
              </Title>
              <SegmentedControl
                size="xs"
                value={filter}
                onChange={(value) => setFilter(value as PaperFilter)}
                aria-label={t('positions.paper.filterLabel')}
                data={[
                  { value: 'all', label: t('positions.paper.filters.all') },
                  { value: 'noPosition', label: t('positions.paper.filters.noPosition') },
                  { value: 'changed', label: t('positions.paper.filters.changed') },
                ]}
              />
            </Group>
            {shown.length === 0 && (
              <Text size="sm" c="gray.8">
                {t(`positions.paper.filterEmpty.${filter}`)}
              </Text>
            )}
            {shown.map((provision) => {
              const live = paper.content.get(provision.id);
              return (
                <ProvisionPosition
                  key={provision.id}
                  provision={provision}
                  language={language}
                  provider={provider}
                  user={user}
                  live={live}
                  stance={live?.stance as never ?? paper.stanceOf(provision.id)}
                  changed={!!latestMine && !!live && changedSince(live, latestMine)}
                  peers={peersByProvision.get(provision.id) ?? NO_PEERS}
                  suggestions={suggestions.get(provision.id) ?? NO_SUGGESTIONS}
                  onStance={paper.setStance}
                  onFocusProvision={onFocusProvision}
                />
              );
            })}
          </>
        )}
      </Stack>
      {isLead && (
        <SubmitPositionModal
          opened={confirming}
          onClose={() => setConfirming(false)}
          side={side}
          delegationId={delegationId}
          draftId={draftId}
          content={preview}
          labels={labels}
          saved={status === 'saved'}
          onSubmitted={(submission) => {
            setSubmitted(submission.number);
            onSubmitted(submission);
          }}
        />
      )}
    </Paper>
  );
}

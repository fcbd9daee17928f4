import { memo, useCallback, useMemo, useRef } from 'react';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { Editor } from '@tiptap/core';
import { Badge, Box, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DiffText } from '../../shared/diff/diff-text';
import { wordDiff } from '@tripart/contracts';
import { CollabEditor } from '../collab/collab-editor';
import { PeerAvatars } from '../collab/peer-avatars';
import type { CollabUser, Peer } from '../collab/use-collab-document';
import type { PositionsDraftQuery } from '../../gql/graphql';
import { positionKeys, type PositionStance, type ProvisionContent } from './position-content';
import { StanceChips } from './stance-chips';
import { useSeenOnce } from './use-in-view';
import { PullSuggestionsButton, SuggestionList, usePullSuggestions } from './wording-suggestions.panel';
import type { WordingSuggestion } from './wording-suggestions';

export type DraftProvision = NonNullable<PositionsDraftQuery['dossier']['currentDraft']>['provisions'][number];

export function articleLabel(provision: Pick<DraftProvision, 'number' | 'heading' | 'kind'>, kindName: string): string {
  const head = provision.number ?? kindName;
  return provision.heading ? `${head} — ${provision.heading}` : head;
}

/** One article of my delegation's paper: stance, rationale, proposed wording (with its difference from the draft). */
export const ProvisionPosition = memo(function ProvisionPosition({
  provision,
  language,
  provider,
  user,
  live,
  stance,
  changed,
  peers,
  suggestions,
  onStance,
  onFocusProvision,
}: {
  provision: DraftProvision;
  language: string | null;
  provider: HocuspocusProvider;
  user: CollabUser | null;
  live: ProvisionContent | undefined;
  stance: PositionStance;
  changed: boolean;
  peers: Peer[];
  /** Wordings suggested in my delegation's comments on this article. */
  suggestions: readonly WordingSuggestion[];
  onStance(provisionId: string, stance: PositionStance): void;
  onFocusProvision(provisionId: string | null): void;
}) {
  const { t } = useTranslation();
  const { ref, seen } = useSeenOnce<HTMLDivElement>();
  const label = articleLabel(provision, t('drafts.kinds.ARTICLE'));
  const headingId = `position-${provision.id}-heading`;
  const wording = live?.proposedWording ?? '';
  const diff = useMemo(() => (wording ? wordDiff(provision.text, wording) : null), [provision.text, wording]);
  const focus = (focused: boolean) => onFocusProvision(focused ? provision.id : null);
  /** What both of this article's editors share: the document, me, my focus. */
  const shared = { provider, user, editable: true, onFocusChange: focus };
  const wordingEditor = useRef<Editor | null>(null);
  const keepWordingEditor = useCallback((editor: Editor | null) => {
    wordingEditor.current = editor;
  }, []);
  const pulling = usePullSuggestions({ suggestions, wording, draftText: provision.text, editor: wordingEditor });

  return (
    <Paper withBorder radius="sm" p="sm" component="section" aria-labelledby={headingId} ref={ref} data-position-provision={provision.id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="xs" wrap="wrap">
            <Title order={3} fz="md" id={headingId}>
              {label}
            </Title>
            {changed && (
              <Badge size="sm" radius="sm" tt="none" styles={{ root: { backgroundColor: '#FFF4E6', color: '#7A3E00', border: '1px solid #E8590C' } }}>
                {t('positions.paper.changedBadge')}
              </Badge>
            )}
          </Group>
          <PeerAvatars peers={peers} />
        </Group>
        <Text size="sm" c="gray.8" lang={language ?? undefined} style={{ whiteSpace: 'pre-wrap', lineHeight: 1.55 }} maw="72ch">
          {provision.text}
        </Text>
        <StanceChips value={stance} label={t('positions.paper.stanceOn', { provision: label })} onChange={(next) => onStance(provision.id, next)} onFocusChange={focus} />
        {seen ? (
          <>
            <Box>
              <Text size="sm" fw={600} mb={4} id={`${headingId}-rationale`}>
                {t('positions.paper.rationale')}
              </Text>
              <CollabEditor {...shared} field={positionKeys.rationale(provision.id)} label={t('positions.paper.rationaleFor', { provision: label })} />
            </Box>
            <Box>
              <Group justify="space-between" gap="xs" mb={4} wrap="wrap">
                <Text size="sm" fw={600}>
                  {t('positions.paper.wording')}
                </Text>
                {suggestions.length > 0 && <PullSuggestionsButton pending={pulling.pending.length} provisionLabel={label} onPull={pulling.pull} />}
              </Group>
              <CollabEditor
                {...shared}
                field={positionKeys.wording(provision.id)}
                label={t('positions.paper.wordingFor', { provision: label })}
                lang={language ?? undefined}
                onEditor={keepWordingEditor}
              />
              {suggestions.length > 0 && <SuggestionList suggestions={suggestions} wording={wording} language={language} message={pulling.message} />}
              {diff && (
                <Box mt={6} p="xs" bg="gray.0" style={{ borderRadius: 4 }}>
                  <Text size="xs" fw={600} c="gray.8" mb={2}>
                    {t('positions.paper.diffFromDraft')}
                  </Text>
                  <Text size="sm" lang={language ?? undefined} style={{ whiteSpace: 'pre-wrap', lineHeight: 1.55 }} data-testid="wording-diff">
                    <DiffText diff={diff} />
                  </Text>
                </Box>
              )}
            </Box>
          </>
        ) : (
          <Skeleton height={120} aria-hidden="true" />
        )}
      </Stack>
    </Paper>
  );
});

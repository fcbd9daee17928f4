import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@apollo/client';
import { Badge, Box, Button, Group, Paper, ScrollArea, Select, Skeleton, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  DraftCommentsDocument,
  DraftTextDocument,
  type CommentThreadFragment,
  type DossierDetailFragment,
  type DraftMetaFragment,
} from '../../gql/graphql';
import { useSession } from '../auth/use-session';
import { formatDate } from '../i18n/format-date';
import { ThreadPanel, type ThreadFilter } from '../comments/thread.panel';
import { LinkConventionModal, type LinkTarget } from '../conventions/link-convention.modal';
import type { ComposerQuote } from '../comments/comment.composer';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { UploadIcon } from '../../shared/ui/icons';
import { DraftOutline } from './draft-outline';
import { ExportButtons } from './export-buttons';
import { ProvisionsPane } from './provisions.pane';
import { provisionLabel, totalCommentCounts } from './provision-tree';
import { SelectionPopover, type QuotedSelection } from './selection-popover';
import { useLiveThreads } from './use-live-threads';

const NO_THREADS: CommentThreadFragment[] = [];
const PANE_HEIGHT = 'max(420px, calc(100dvh - 290px))';

/** Outline | text | threads of the selected provision. */
export function DraftReader({
  dossier,
  drafts,
  draftId,
  onSelectDraft,
  onImport,
}: {
  dossier: DossierDetailFragment;
  drafts: DraftMetaFragment[];
  draftId: string;
  onSelectDraft(id: string): void;
  onImport(): void;
}) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const text = useQuery(DraftTextDocument, { variables: { id: draftId } });
  const comments = useQuery(DraftCommentsDocument, { variables: { id: draftId }, fetchPolicy: 'cache-and-network' });
  const [showChanges, setShowChanges] = useState(false);
  const [filter, setFilter] = useState<ThreadFilter>('open');
  const [composer, setComposer] = useState<{ quote: ComposerQuote | null; suggest: boolean; nonce: number }>({ quote: null, suggest: false, nonce: 0 });
  const textRef = useRef<HTMLDivElement>(null);
  // Local state first (the URL update is a transition and may lag), mirrored to ?provision= for links.
  const [chosenId, setChosenId] = useState<string | null>(() => params.get('provision'));
  const [linkTarget, setLinkTarget] = useState<LinkTarget | null>(null);
  const scrolledToLinked = useRef(!params.get('provision'));

  useLiveThreads(dossier.id, () => void comments.refetch().catch(() => undefined));

  const draft = text.data?.draft;
  const provisions = useMemo(() => draft?.provisions ?? [], [draft]);
  const { counts, threadsByProvision } = useMemo(() => {
    const counts = new Map<string, number>();
    const threadsByProvision = new Map<string, CommentThreadFragment[]>();
    for (const provision of comments.data?.draft.provisions ?? []) {
      counts.set(provision.id, provision.commentCount);
      threadsByProvision.set(provision.id, provision.comments);
    }
    return { counts, threadsByProvision };
  }, [comments.data]);
  const totals = useMemo(() => totalCommentCounts(provisions, counts), [provisions, counts]);
  const texts = useMemo(() => new Map(provisions.map((p) => [p.id, p.text])), [provisions]);

  const known = chosenId !== null && provisions.some((p) => p.id === chosenId);
  const selectedId = known ? chosenId : provisions.find((p) => p.kind === 'ARTICLE')?.id ?? provisions[0]?.id ?? null;
  const selected = provisions.find((p) => p.id === selectedId) ?? null;
  const meta = drafts.find((d) => d.id === draftId);
  const isFirstVersion = !meta?.changeSummary;
  // Links are made on the current version (drafts come newest first): the coverage sums it up.
  const canLink = dossier.me.canManage && drafts[0]?.id === draftId;

  // Arriving from a link (?provision=, e.g. from the coverage), show that provision once the text is there.
  useEffect(() => {
    if (scrolledToLinked.current || !draft || !known) return;
    scrolledToLinked.current = true;
    document.getElementById(`provision-${chosenId}`)?.scrollIntoView({ block: 'start' });
  }, [draft, known, chosenId]);

  const select = useCallback(
    (id: string, focusThread = false, scroll = false) => {
      setChosenId(id);
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('provision', id);
          return next;
        },
        { replace: true },
      );
      if (scroll) document.getElementById(`provision-${id}`)?.scrollIntoView({ block: 'start' });
      if (focusThread) window.setTimeout(() => document.getElementById(`composer-${id}`)?.focus(), 50);
    },
    [setParams],
  );
  const onSelectFromText = useCallback((id: string, focusThread: boolean) => select(id, focusThread), [select]);
  const onSelectFromOutline = useCallback((id: string) => select(id, false, true), [select]);

  const pick = (selection: QuotedSelection, suggest: boolean) => {
    setComposer((current) => ({ quote: selection.quote, suggest, nonce: current.nonce + 1 }));
    select(selection.provisionId, true);
  };

  if (text.error && !draft) return <ProblemAlert title={t('drafts.loadFailed')} error={text.error} onRetry={() => void text.refetch()} />;

  const kindName = (kind: string) => t(`drafts.kinds.${kind}` as 'drafts.kinds.ARTICLE', { defaultValue: kind });
  const summary = meta?.changeSummary;

  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="sm" wrap="wrap" align="center">
          <Select
            label={t('drafts.reader.version')}
            size="xs"
            w={260}
            allowDeselect={false}
            value={draftId}
            onChange={(id) => id && onSelectDraft(id)}
            data={drafts.map((d) => ({
              value: d.id,
              label: t('drafts.reader.versionOption', { version: d.version, date: formatDate(d.createdAt, i18n.language) }),
            }))}
            comboboxProps={{ withinPortal: true }}
          />
          <Switch
            mt={18}
            label={t('drafts.reader.showChanges')}
            checked={showChanges}
            disabled={isFirstVersion}
            onChange={(event) => setShowChanges(event.currentTarget.checked)}
            description={isFirstVersion ? t('drafts.reader.firstVersion') : undefined}
          />
          {summary && (
            <Badge
              mt={18}
              radius="sm"
              tt="none"
              size="md"
              styles={{ root: { backgroundColor: '#FFF4E6', color: '#7A3E00', border: '1px solid #E8590C' } }}
            >
              {t('drafts.reader.changeSummary', summary)}
            </Badge>
          )}
        </Group>
        <Group gap="xs" mt={18}>
          <ExportButtons dossierId={dossier.id} />
          {dossier.me.canManage && (
            <Button size="compact-sm" variant="light" leftSection={<UploadIcon size={14} />} onClick={onImport}>
              {t('drafts.import.newVersion')}
            </Button>
          )}
        </Group>
      </Group>
      {meta && (
        <Text size="xs" c="gray.7">
          {t('drafts.reader.source', { file: meta.sourceFilename, format: t(`drafts.formats.${meta.sourceFormat}` as 'drafts.formats.TEXT', { defaultValue: meta.sourceFormat }) })}
          {meta.title && ` · ${meta.title}`}
        </Text>
      )}
      {!draft ? (
        <Skeleton height={420} aria-label={t('common.loading')} />
      ) : (
        <Box
          style={{
            display: 'grid',
            gridTemplateColumns: 'minmax(180px, 230px) minmax(0, 1fr) minmax(280px, 340px)',
            gap: 'var(--mantine-spacing-sm)',
            height: PANE_HEIGHT,
          }}
          className="draft-reader"
        >
          <Paper withBorder radius="sm" style={{ overflow: 'hidden' }}>
            <ScrollArea h="100%" type="auto" p={4}>
              <DraftOutline provisions={provisions} totals={totals} selectedId={selectedId} onSelect={onSelectFromOutline} />
            </ScrollArea>
          </Paper>
          <Paper
            withBorder
            radius="sm"
            ref={textRef}
            style={{ overflowY: 'auto' }}
            component="section"
            aria-label={t('drafts.reader.text')}
            py="xs"
          >
            <ProvisionsPane
              provisions={provisions}
              language={draft.language}
              selectedId={selectedId}
              showChanges={showChanges}
              isFirstVersion={isFirstVersion}
              counts={counts}
              dossierId={dossier.id}
              canLink={canLink}
              onSelect={onSelectFromText}
              onLink={setLinkTarget}
            />
          </Paper>
          <Paper withBorder radius="sm" style={{ overflowY: 'auto' }} p="sm" bg="gray.0">
            {selected ? (
              <ThreadPanel
                dossier={dossier}
                myId={me?.id ?? ''}
                provisionId={selected.id}
                title={provisionLabel(selected, kindName(selected.kind))}
                threads={threadsByProvision.get(selected.id) ?? NO_THREADS}
                loading={comments.loading && !comments.data}
                conventionLinks={selected.conventionLinks}
                filter={filter}
                onFilter={setFilter}
                composer={composer}
                onClearQuote={() => setComposer((current) => ({ ...current, quote: null }))}
                onPosted={() => setComposer((current) => ({ quote: null, suggest: false, nonce: current.nonce + 1 }))}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t('drafts.reader.pickProvision')}
              </Text>
            )}
            {comments.error && <ProblemAlert error={comments.error} onRetry={() => void comments.refetch()} />}
          </Paper>
          <SelectionPopover
            containerRef={textRef}
            texts={texts}
            enabled={!showChanges && (dossier.me.canComment || dossier.me.canCommentPrivately)}
            onPick={pick}
          />
        </Box>
      )}
      <LinkConventionModal
        target={linkTarget}
        dossierId={dossier.id}
        dossierConventionCodes={dossier.conventions.map((convention) => convention.code)}
        onClose={() => setLinkTarget(null)}
      />
    </Stack>
  );
}

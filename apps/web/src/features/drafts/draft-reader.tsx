import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@apollo/client';
import { Badge, Box, Button, Drawer, Group, Paper, Select, Skeleton, Stack, Switch, Text, useDirection } from '@mantine/core';
import { useElementSize, useLocalStorage } from '@mantine/hooks';
import { provisionName } from '@tripart/contracts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  ProvisionThreadsDocument,
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
import { DraftFind } from './draft-find';
import { DraftOutline } from './draft-outline';
import { ExportButtons } from './export-buttons';
import { OutlineToggle } from './outline-toggle';
import { ReaderLinks } from './provision-links';
import { ProvisionsPane, type ProvisionsPaneHandle } from './provisions.pane';
import { useRemovedProvisions } from './removed-provisions';
import { totalCommentCounts } from './provision-tree';
import { outlineIsColumn, readerColumns, readerLayout } from './reader-layout';
import { SelectionPopover, type QuotedSelection } from './selection-popover';
import { useDraftText } from './use-draft-text';
import { useLiveConventionLinks } from './use-live-convention-links';
import { useLiveThreads } from './use-live-threads';

const NO_THREADS: CommentThreadFragment[] = [];
const PANE_HEIGHT = 'max(420px, calc(100dvh - 290px))';
const OUTLINE_PANE_ID = 'draft-outline-pane';

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
  const text = useDraftText(draftId);
  const [showChanges, setShowChanges] = useState(false);
  const removed = useRemovedProvisions(draftId, showChanges);
  const [filter, setFilter] = useState<ThreadFilter>('open');
  const [composer, setComposer] = useState<{ quote: ComposerQuote | null; suggest: boolean; nonce: number }>({ quote: null, suggest: false, nonce: 0 });
  const textRef = useRef<HTMLDivElement>(null);
  const paneRef = useRef<ProvisionsPaneHandle>(null);
  // Local state first (the URL update is a transition and may lag), mirrored to ?provision= for links.
  const [chosenId, setChosenId] = useState<string | null>(() => params.get('provision'));
  const [linkTarget, setLinkTarget] = useState<LinkTarget | null>(null);
  const scrolledToLinked = useRef(!params.get('provision'));
  const { dir } = useDirection();
  const { ref: frameRef, width } = useElementSize();
  const layout = readerLayout(width);
  const outlineAsColumn = outlineIsColumn(layout);
  // Hidden or shown where it is a column, remembered on this device; where it is a drawer, closed until asked for.
  const [outlinePreference, setOutlinePreference] = useLocalStorage<'shown' | 'hidden'>({
    key: 'tripart:reader-outline',
    defaultValue: 'shown',
    getInitialValueInEffect: false,
  });
  const [outlineDrawer, setOutlineDrawer] = useState(false);
  const outlineShown = outlineAsColumn ? outlinePreference === 'shown' : outlineDrawer;

  const draft = text.data?.draft;
  const readProvisions = useMemo(() => draft?.provisions ?? [], [draft]);
  // A facilitator changed links: the chips of those provisions, if on this version, follow (the coverage tab refetches on its own).
  const provisions = useLiveConventionLinks(dossier.id, readProvisions);
  const counts = useMemo(() => new Map(provisions.map((p) => [p.id, p.commentCount])), [provisions]);
  const totals = useMemo(() => totalCommentCounts(provisions, counts), [provisions, counts]);
  const texts = useMemo(() => new Map(provisions.map((p) => [p.id, p.text])), [provisions]);

  const known = chosenId !== null && provisions.some((p) => p.id === chosenId);
  const selectedId = known ? chosenId : provisions.find((p) => p.kind === 'ARTICLE')?.id ?? provisions[0]?.id ?? null;
  // Threads of the provision in view only: a long draft's thousands of comments are never loaded at once.
  const threads = useQuery(ProvisionThreadsDocument, { variables: { ids: selectedId ? [selectedId] : [] }, skip: !selectedId, fetchPolicy: 'cache-and-network' });
  useLiveThreads(dossier.id, () => {
    void text.refetch().catch(() => undefined);
    void threads.refetch().catch(() => undefined);
  });
  const selected = provisions.find((p) => p.id === selectedId) ?? null;
  const meta = drafts.find((d) => d.id === draftId);
  const isFirstVersion = !meta?.changeSummary;
  // Links are made on the current version (drafts come newest first): the coverage sums it up.
  const canLink = dossier.me.canManage && drafts[0]?.id === draftId;

  // Arriving from a link (?provision=, e.g. from the coverage), show that provision once the text is there.
  useEffect(() => {
    if (scrolledToLinked.current || !draft || !known) return;
    scrolledToLinked.current = true;
    paneRef.current?.scrollTo(chosenId);
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
      if (scroll) paneRef.current?.scrollTo(id);
      if (focusThread) window.setTimeout(() => document.getElementById(`composer-${id}`)?.focus(), 50);
    },
    [setParams],
  );
  const onSelectFromText = useCallback((id: string, focusThread: boolean) => select(id, focusThread), [select]);
  const onSelectFromOutline = useCallback((id: string) => select(id, false, true), [select]);
  const onSelectFromDrawer = useCallback(
    (id: string) => {
      setOutlineDrawer(false);
      select(id, false, true);
    },
    [select],
  );
  const toggleOutline = () => {
    if (outlineAsColumn) setOutlinePreference(outlineShown ? 'hidden' : 'shown');
    else setOutlineDrawer((open) => !open);
  };
  const pick = (selection: QuotedSelection, suggest: boolean) => {
    setComposer((current) => ({ quote: selection.quote, suggest, nonce: current.nonce + 1 }));
    select(selection.provisionId, true);
  };

  if (text.error && !draft) return <ProblemAlert title={t('drafts.loadFailed')} error={text.error} onRetry={() => void text.refetch()} />;

  const kindName = (kind: string) => t(`drafts.kinds.${kind}` as 'drafts.kinds.ARTICLE', { defaultValue: kind });
  const summary = meta?.changeSummary;

  return (
    <Stack gap="xs" ref={frameRef} data-reader-layout={layout}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="sm" wrap="wrap" align="center">
          <Box mt={18}>
            <OutlineToggle asDrawer={!outlineAsColumn} expanded={outlineShown} controls={OUTLINE_PANE_ID} onToggle={toggleOutline} />
          </Box>
          <Select
            label={t('drafts.reader.version')}
            size="xs"
            w={230}
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
        <Group gap="xs" mt={18} wrap="wrap">
          {draft && <DraftFind provisions={provisions} onGo={onSelectFromOutline} />}
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
            gridTemplateColumns: readerColumns(layout, outlineShown),
            gap: 'var(--mantine-spacing-sm)',
            ...(layout === 'narrow' ? { gridTemplateRows: `${PANE_HEIGHT} auto` } : { height: PANE_HEIGHT }),
          }}
          className="draft-reader"
        >
          {outlineAsColumn && outlineShown && (
            <Paper withBorder radius="sm" style={{ overflow: 'hidden' }} id={OUTLINE_PANE_ID}>
              <DraftOutline provisions={provisions} totals={totals} selectedId={selectedId} onSelect={onSelectFromOutline} />
            </Paper>
          )}
          <Paper
            withBorder
            radius="sm"
            ref={textRef}
            style={{ overflowY: 'auto' }}
            component="section"
            aria-label={t('drafts.reader.text')}
          >
            <ReaderLinks provisions={provisions} follow={onSelectFromOutline}>
              <ProvisionsPane
                provisions={provisions}
                language={draft.language}
                selectedId={selectedId}
                showChanges={showChanges}
                removed={removed}
                isFirstVersion={isFirstVersion}
                counts={counts}
                dossierId={dossier.id}
                canLink={canLink}
                scrollRef={textRef}
                handle={paneRef}
                onSelect={onSelectFromText}
                onLink={setLinkTarget}
              />
            </ReaderLinks>
          </Paper>
          <Paper withBorder radius="sm" style={{ overflowY: 'auto' }} p="sm" bg="gray.0">
            {selected ? (
              <ThreadPanel
                dossier={dossier}
                myId={me?.id ?? ''}
                provisionId={selected.id}
                title={provisionName(selected, provisions.find((p) => p.id === selected.parentId), kindName)}
                threads={threads.data?.provisions[0]?.comments ?? NO_THREADS}
                loading={threads.loading && !threads.data}
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
            {threads.error && <ProblemAlert error={threads.error} onRetry={() => void threads.refetch()} />}
          </Paper>
          <SelectionPopover
            containerRef={textRef}
            texts={texts}
            enabled={!showChanges && (dossier.me.canComment || dossier.me.canCommentPrivately)}
            onPick={pick}
          />
        </Box>
      )}
      {!outlineAsColumn && draft && (
        <Drawer
          opened={outlineDrawer}
          onClose={() => setOutlineDrawer(false)}
          // The outline opens from the side it stands on where there is room: the start of the line.
          position={dir === 'rtl' ? 'right' : 'left'}
          size={320}
          title={t('drafts.reader.outline')}
          closeButtonProps={{ 'aria-label': t('common.close') }}
        >
          <div style={{ height: 'calc(100dvh - 90px)' }}>
            <DraftOutline provisions={provisions} totals={totals} selectedId={selectedId} onSelect={onSelectFromDrawer} />
          </div>
        </Drawer>
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

import { useMemo, useState } from 'react';
import { useMutation, type ApolloCache } from '@apollo/client';
import { Blockquote, Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Constituency } from '@tripart/contracts';
import {
  AddCommentDocument,
  DeleteCommentDocument,
  EditCommentDocument,
  ResolveCommentDocument,
  type AddCommentMutation,
  type CommentFieldsFragment,
  type CommentThreadFragment,
} from '../../gql/graphql';
import { formatDate } from '../i18n/format-date';
import { problemOf } from '../../shared/errors/graphql-error';
import { useProblemText } from '../../shared/errors/use-problem-text';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { SideBadge } from '../../shared/ui/side-badge';
import { addToThreads } from './comment-cache';
import { PrivateBadge, privateTint } from './comment-visibility';
import { toMentionCandidates, type MentionedPerson } from './mentions/mention-candidates';
import type { MentionCandidatesByVisibility } from './mentions/use-mention-candidates';
import { namedInText } from './mentions/mention-names';
import { MentionedText } from './mentions/mentioned-text';
import { MentionTextarea } from './mentions/mention.textarea';

/** Who reads the threads, for naming people in replies and marking my own name. */
export interface ThreadReaders {
  myId: string;
  side: Constituency | null;
  /** Whom a comment of each visibility may name, as the API says (see useMentionCandidates). */
  candidates: MentionCandidatesByVisibility;
}

/** A reply's answer goes into its thread in the cache; edits, resolutions and deletions update the cached comment themselves. */
const INTO_THREADS = { update: (cache: ApolloCache<unknown>, { data }: { data?: AddCommentMutation | null }) => data && addToThreads(cache, data.addComment) };

function EditForm({ comment, onDone }: { comment: CommentFieldsFragment; onDone(): void }) {
  const { t } = useTranslation();
  const { fieldText } = useProblemText();
  const [body, setBody] = useState(comment.body ?? '');
  const [suggestedText, setSuggestedText] = useState(comment.suggestedText ?? '');
  const [edit, { loading, error }] = useMutation(EditCommentDocument);
  const problem = problemOf(error);
  const save = async () => {
    if (!body.trim()) return;
    const result = await edit({
      variables: {
        id: comment.id,
        input: { body: body.trim(), ...(comment.suggestedText !== null ? { suggestedText: suggestedText.trim() || null } : {}) },
      },
    }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <Stack gap={6}>
      <Textarea
        label={t('comments.composer.body')}
        autosize
        minRows={2}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        error={!body.trim() ? t('validation.required') : fieldText(problem, 'body')}
        data-autofocus
        autoFocus
      />
      {comment.suggestedText !== null && (
        <Textarea
          label={t('comments.composer.suggested')}
          autosize
          minRows={2}
          value={suggestedText}
          onChange={(event) => setSuggestedText(event.currentTarget.value)}
          error={fieldText(problem, 'suggestedText')}
        />
      )}
      {problem && problem.fieldErrors.length === 0 && <ProblemAlert error={error} />}
      <Group justify="flex-end" gap={6}>
        <Button size="compact-sm" variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button size="compact-sm" loading={loading} onClick={() => void save()}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

function ReplyForm({ thread, readers, onDone }: { thread: CommentThreadFragment; readers: ThreadReaders; onDone(): void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [chosen, setChosen] = useState<MentionedPerson[]>([]);
  // A reply is read by whoever reads its thread.
  const candidates = useMemo(() => toMentionCandidates(readers.candidates[thread.visibility]), [readers, thread.visibility]);
  const named = namedInText(body, chosen);
  const tooMany = named.length > LIMITS.mentionsMax;
  const [clientId] = useState(() => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Date.now())));
  const [add, { loading, error }] = useMutation(AddCommentDocument, INTO_THREADS);
  const send = async () => {
    if (!body.trim() || tooMany) return;
    const mentionUserIds = namedInText(body.trim(), chosen).map((person) => person.id);
    const result = await add({
      variables: { input: { provisionId: thread.provisionId, parentId: thread.id, body: body.trim(), visibility: thread.visibility, clientId, mentionUserIds } },
    }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <Stack gap={6}>
      <MentionTextarea
        label={t('comments.replyLabel', { name: thread.author.displayName })}
        autosize
        minRows={2}
        value={body}
        onChange={setBody}
        candidates={candidates}
        onMention={(person) => setChosen((current) => [...current, person])}
        error={tooMany ? t('comments.mentions.tooMany', { max: LIMITS.mentionsMax }) : undefined}
        autoFocus
      />
      {error && <ProblemAlert error={error} />}
      <Group justify="flex-end" gap={6}>
        <Button size="compact-sm" variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button size="compact-sm" loading={loading} onClick={() => void send()} disabled={!body.trim()}>
          {t('comments.sendReply')}
        </Button>
      </Group>
    </Stack>
  );
}

function CommentBody({ comment, isReply, thread, readers }: { comment: CommentFieldsFragment; isReply: boolean; thread: CommentThreadFragment; readers: ThreadReaders }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [replying, setReplying] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [remove, removeState] = useMutation(DeleteCommentDocument);
  const [resolve, resolveState] = useMutation(ResolveCommentDocument);

  if (comment.deletedAt) {
    return (
      <Text size="sm" c="dimmed" fs="italic" data-tombstone>
        {t('comments.deleted', { date: formatDate(comment.deletedAt, i18n.language, true) })}
      </Text>
    );
  }

  const isPrivate = comment.visibility === 'DELEGATION';
  return (
    <Stack gap={6}>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={600}>
          {comment.author.displayName}
        </Text>
        {comment.author.constituency && <SideBadge side={comment.author.constituency} size="xs" />}
        {!isReply && isPrivate && <PrivateBadge side={comment.author.constituency} />}
        <Text size="xs" c="gray.7">
          {formatDate(comment.createdAt, i18n.language, true)}
          {comment.editedAt && ` · ${t('comments.edited')}`}
        </Text>
      </Group>
      {comment.author.organizationName && (
        <Text size="xs" c="gray.7" mt={-6}>
          {comment.author.organizationName}
        </Text>
      )}
      {comment.onPreviousVersion && (
        <Text size="xs" c="#9c3a00" fw={500}>
          {/* Mantine's orange 9 reads at 4.3:1 on white; this one at 6.5:1 (WCAG AA for small text). */}
          {t('comments.onPreviousVersion')}
        </Text>
      )}
      {comment.quote && (
        <Blockquote p={6} m={0} fz="sm" color="gray">
          {comment.quote.exact}
        </Blockquote>
      )}
      {editing ? (
        <EditForm comment={comment} onDone={() => setEditing(false)} />
      ) : (
        <>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            <MentionedText body={comment.body ?? ''} mentions={comment.mentions} myId={readers.myId} />
          </Text>
          {comment.suggestedText && (
            <Paper withBorder radius="sm" p={6} bg="white">
              <Text size="xs" fw={600} c="gray.8">
                {t('comments.suggestedWording')}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {comment.suggestedText}
              </Text>
            </Paper>
          )}
        </>
      )}
      {(removeState.error || resolveState.error) && <ProblemAlert error={removeState.error ?? resolveState.error} />}
      {!editing && (
        <Group gap={2}>
          {!isReply && !comment.resolvedAt && (
            <Button size="compact-xs" variant="subtle" onClick={() => setReplying(true)}>
              {t('comments.reply')}
            </Button>
          )}
          {comment.canEdit && (
            <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
          {!isReply && comment.canResolve && (
            <Button
              size="compact-xs"
              variant="subtle"
              loading={resolveState.loading}
              onClick={() => void resolve({ variables: { id: comment.id, resolved: !comment.resolvedAt } }).catch(() => undefined)}
            >
              {comment.resolvedAt ? t('comments.reopen') : t('comments.resolve')}
            </Button>
          )}
          {comment.canDelete && (
            <Button size="compact-xs" variant="subtle" color="red" c="red.9" onClick={() => setConfirming(true)}>
              {t('comments.delete')}
            </Button>
          )}
        </Group>
      )}
      {replying && <ReplyForm thread={thread} readers={readers} onDone={() => setReplying(false)} />}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('comments.deleteTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('comments.deleteBody')}</Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={removeState.loading}
              onClick={() =>
                void remove({ variables: { id: comment.id } })
                  .then(() => setConfirming(false))
                  .catch(() => setConfirming(false))
              }
            >
              {t('comments.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** One thread: the comment, its replies, and what I may do with them. Private ones look private. */
export function CommentThreadCard({ thread, readers }: { thread: CommentThreadFragment; readers: ThreadReaders }) {
  const { t } = useTranslation();
  const isPrivate = thread.visibility === 'DELEGATION';
  return (
    <Paper
      component="article"
      withBorder
      radius="sm"
      p="sm"
      bg={isPrivate ? privateTint(thread.author.constituency) : 'white'}
      data-comment-id={thread.id}
      data-visibility={thread.visibility}
      style={thread.resolvedAt ? { opacity: 0.85 } : undefined}
    >
      <Stack gap="xs">
        {thread.resolvedAt && (
          <Text size="xs" fw={600} c="green.9">
            {t('comments.resolved')}
          </Text>
        )}
        <CommentBody comment={thread} isReply={false} thread={thread} readers={readers} />
        {thread.replies.length > 0 && (
          <Stack gap="xs" ps="sm" style={{ borderInlineStart: '2px solid var(--mantine-color-gray-4)' }}>
            {thread.replies.map((reply) => (
              <CommentBody key={reply.id} comment={reply} isReply thread={thread} readers={readers} />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

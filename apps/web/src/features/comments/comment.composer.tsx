import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client';
import { ActionIcon, Blockquote, Button, Group, Paper, Radio, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMITS, type CommentVisibility, type Constituency } from '@tripart/contracts';
import { AddCommentDocument } from '../../gql/graphql';
import { problemOf } from '../../shared/errors/graphql-error';
import { useProblemText } from '../../shared/errors/use-problem-text';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { addToThreads } from './comment-cache';
import { PrivateBadge, privateTint } from './comment-visibility';
import { toMentionCandidates, type MentionedPerson } from './mentions/mention-candidates';
import type { MentionCandidatesByVisibility } from './mentions/use-mention-candidates';
import { namedInText, unmention, unseenMentions } from './mentions/mention-names';
import { MentionTextarea } from './mentions/mention.textarea';
import { UnseenMentionsAlert } from './mentions/unseen-mentions.alert';

export const COMMENT_BODY_MAX = 10_000;

export interface ComposerQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

function newClientId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

/**
 * A new comment on a provision: who will see it is chosen and said before
 * sending; `@` names one of those readers. The client id is kept until the
 * comment is accepted, so a retry after a dropped connection posts it once.
 */
export function CommentComposer({
  provisionId,
  candidatesFor,
  side,
  canCommentPrivately,
  canComment,
  quote,
  suggest,
  onClearQuote,
  onPosted,
}: {
  provisionId: string;
  /** Whom a comment of each visibility may name (the API's answer). */
  candidatesFor: MentionCandidatesByVisibility;
  side: Constituency | null;
  canCommentPrivately: boolean;
  canComment: boolean;
  quote: ComposerQuote | null;
  suggest: boolean;
  onClearQuote(): void;
  onPosted(): void;
}) {
  const { t } = useTranslation();
  const { fieldText } = useProblemText();
  const [visibility, setVisibility] = useState<CommentVisibility>(canCommentPrivately ? 'DELEGATION' : 'PLENARY');
  const [body, setBody] = useState('');
  const [suggestedText, setSuggestedText] = useState(suggest && quote ? quote.exact : '');
  const [clientId, setClientId] = useState(newClientId);
  const [missing, setMissing] = useState(false);
  const [chosen, setChosen] = useState<MentionedPerson[]>([]);
  const [mentionProblem, setMentionProblem] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // The answer is the new thread: into the cached threads it goes (its live event reconciles; nothing is refetched now).
  const [add, { loading, error, reset }] = useMutation(AddCommentDocument, { update: (cache, { data }) => data && addToThreads(cache, data.addComment) });
  const problem = problemOf(error);
  const isPrivate = visibility === 'DELEGATION';
  const delegation = side ? t(`composition.delegations.${side}`) : '';
  const candidates = useMemo(() => toMentionCandidates(candidatesFor[visibility]), [candidatesFor, visibility]);
  const named = namedInText(body, chosen);
  const unseen = unseenMentions(named, candidates);
  const refusedMentions = problem?.fieldErrors.some((fieldError) => fieldError.field === 'mentionUserIds');
  const bodyError = missing
    ? t('validation.required')
    : (mentionProblem ?? fieldText(problem, 'body') ?? (refusedMentions ? t('comments.mentions.notReaders') : null));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    // Never send a caucus note that names an outsider: they could not read it (the API refuses it too).
    if (unseen.length > 0 || named.length > LIMITS.mentionsMax) {
      setMentionProblem(unseen.length > 0 ? null : t('comments.mentions.tooMany', { max: LIMITS.mentionsMax }));
      bodyRef.current?.focus();
      return;
    }
    setMentionProblem(null);
    const result = await add({
      variables: {
        input: {
          provisionId,
          body: body.trim(),
          visibility,
          clientId,
          mentionUserIds: namedInText(body.trim(), chosen).map((person) => person.id),
          ...(quote ? { quote } : {}),
          ...(suggest && suggestedText.trim() ? { suggestedText: suggestedText.trim() } : {}),
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setBody('');
      setSuggestedText('');
      setChosen([]);
      setClientId(newClientId());
      reset();
      onPosted();
    }
  };

  return (
    <Paper
      component="form"
      onSubmit={(event: FormEvent) => void submit(event)}
      noValidate
      withBorder
      radius="sm"
      p="sm"
      bg={isPrivate ? privateTint(side) : 'white'}
      aria-label={t('comments.composer.label')}
      data-private={isPrivate || undefined}
    >
      <Stack gap="xs">
        {quote && (
          <Group gap={4} wrap="nowrap" align="flex-start">
            <Blockquote p={6} m={0} style={{ flex: 1 }} fz="sm" cite={t('comments.quoted')}>
              {quote.exact}
            </Blockquote>
            <Tooltip label={t('comments.composer.removeQuote')} withArrow>
              <ActionIcon variant="subtle" color="gray" size="sm" onClick={onClearQuote} aria-label={t('comments.composer.removeQuote')}>
                ×
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
        <MentionTextarea
          ref={bodyRef}
          label={suggest ? t('comments.composer.why') : t('comments.composer.body')}
          description={candidates.length > 0 ? t('comments.mentions.hint') : undefined}
          autosize
          minRows={2}
          maxRows={8}
          value={body}
          onChange={setBody}
          candidates={candidates}
          onMention={(person) => setChosen((current) => [...current, person])}
          error={bodyError}
          maxLength={COMMENT_BODY_MAX}
          data-autofocus
          id={`composer-${provisionId}`}
        />
        {unseen.length > 0 && (
          <UnseenMentionsAlert
            unseen={unseen}
            delegation={delegation}
            onRemove={() => setBody((current) => unmention(current, unseen))}
          />
        )}
        {suggest && (
          <Textarea
            label={t('comments.composer.suggested')}
            description={t('comments.composer.suggestedHint')}
            autosize
            minRows={2}
            maxRows={8}
            value={suggestedText}
            onChange={(event) => setSuggestedText(event.currentTarget.value)}
            error={fieldText(problem, 'suggestedText')}
          />
        )}
        {canCommentPrivately && canComment && (
          <Radio.Group
            label={t('comments.composer.whoSees')}
            value={visibility}
            onChange={(value) => setVisibility(value as CommentVisibility)}
          >
            <Stack gap={4} mt={4}>
              <Radio value="DELEGATION" label={t('comments.composer.delegationOption', { delegation })} />
              <Radio value="PLENARY" label={t('comments.composer.plenaryOption')} />
            </Stack>
          </Radio.Group>
        )}
        <Group gap={6} wrap="wrap">
          {isPrivate && <PrivateBadge side={side} />}
          <Text size="xs" c="gray.8" role="status" aria-live="polite">
            {isPrivate ? t('comments.composer.seenByDelegation', { delegation }) : t('comments.composer.seenByAll')}
          </Text>
        </Group>
        {problem && problem.fieldErrors.length === 0 && <ProblemAlert error={error} />}
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {isPrivate ? t('comments.composer.sendPrivate') : t('comments.composer.sendPlenary')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

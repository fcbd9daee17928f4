import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client';
import { ActionIcon, Blockquote, Button, Group, Paper, Radio, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommentVisibility, Constituency } from '@tripart/contracts';
import { AddCommentDocument } from '../../gql/graphql';
import { problemOf } from '../../shared/errors/graphql-error';
import { useProblemText } from '../../shared/errors/use-problem-text';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { PrivateBadge, privateTint } from './comment-visibility';

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
 * sending. The client id is kept until the comment is accepted, so a retry
 * after a dropped connection posts it once.
 */
export function CommentComposer({
  provisionId,
  side,
  canCommentPrivately,
  canComment,
  quote,
  suggest,
  onClearQuote,
  onPosted,
}: {
  provisionId: string;
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
  const [add, { loading, error, reset }] = useMutation(AddCommentDocument, { refetchQueries: ['DraftComments'] });
  const problem = problemOf(error);
  const isPrivate = visibility === 'DELEGATION';
  const delegation = side ? t(`composition.delegations.${side}`) : '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const result = await add({
      variables: {
        input: {
          provisionId,
          body: body.trim(),
          visibility,
          clientId,
          ...(quote ? { quote } : {}),
          ...(suggest && suggestedText.trim() ? { suggestedText: suggestedText.trim() } : {}),
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setBody('');
      setSuggestedText('');
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
        <Textarea
          label={suggest ? t('comments.composer.why') : t('comments.composer.body')}
          autosize
          minRows={2}
          maxRows={8}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={missing ? t('validation.required') : fieldText(problem, 'body')}
          maxLength={COMMENT_BODY_MAX}
          data-autofocus
          id={`composer-${provisionId}`}
        />
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

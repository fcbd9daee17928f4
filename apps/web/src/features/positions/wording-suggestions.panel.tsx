import { useState, type RefObject } from 'react';
import type { Editor } from '@tiptap/core';
import { Badge, Box, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CheckIcon } from '../../shared/ui/icons';
import { pullSuggestions, type PullResult } from './pull-suggestions';
import { isInWording, pendingSuggestions, type WordingSuggestion } from './wording-suggestions';

/** Pulling my delegation's suggestions into one article's proposed wording, through its editor. */
export function usePullSuggestions({
  suggestions,
  wording,
  draftText,
  editor: editorRef,
}: {
  suggestions: readonly WordingSuggestion[];
  /** The wording as last rendered: what the count says. A pull itself reads the editor. */
  wording: string;
  draftText: string;
  /** The wording's editor, as CollabEditor hands it out. */
  editor: RefObject<Editor | null>;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const pending = pendingSuggestions(suggestions, wording);

  const pull = () => {
    const editor = editorRef.current;
    if (!editor || editor.isDestroyed) return setMessage(t('positions.suggestions.notReady'));
    let result: PullResult = { inPlace: [], appended: [], fromDraft: false };
    editor.commands.command(({ tr }) => {
      result = pullSuggestions(tr, suggestions, draftText);
      return true;
    });
    const count = result.inPlace.length + result.appended.length;
    if (count === 0) return setMessage(t('positions.suggestions.allIn'));
    setMessage(
      [
        t('positions.suggestions.pulled', { count }),
        result.fromDraft ? t('positions.suggestions.fromDraft') : '',
        result.inPlace.length ? t('positions.suggestions.inPlace', { count: result.inPlace.length }) : '',
        result.appended.length ? t('positions.suggestions.appended', { count: result.appended.length }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  };
  return { pending, pull, message };
}

/** "Pull in suggestions (n)": n is what the wording does not have yet; pulling again never doubles anything. */
export function PullSuggestionsButton({ pending, provisionLabel, onPull }: { pending: number; provisionLabel: string; onPull(): void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-sm"
      variant={pending > 0 ? 'light' : 'subtle'}
      onClick={onPull}
      aria-label={t('positions.suggestions.pullFor', { count: pending, provision: provisionLabel })}
      data-pending={pending}
    >
      {t('positions.suggestions.pull', { count: pending })}
    </Button>
  );
}

/** Which wordings my delegation suggested, by whom, in place of which words, and whether the wording has them. */
export function SuggestionList({
  suggestions,
  wording,
  language,
  message,
}: {
  suggestions: readonly WordingSuggestion[];
  wording: string;
  language: string | null;
  message: string;
}) {
  const { t, i18n } = useTranslation();
  const names = (authors: string[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(authors);
  return (
    <Box mt={6} p="xs" bg="white" style={{ borderRadius: 4, border: '1px solid var(--mantine-color-gray-3)' }} data-testid="wording-suggestions">
      <Text size="xs" fw={600} c="gray.8" mb={4}>
        {t('positions.suggestions.title')}
      </Text>
      <Stack component="ul" gap={6} m={0} p={0}>
        {suggestions.map((suggestion) => (
          <li key={suggestion.commentId} style={{ listStyle: 'none' }}>
            <Group gap={6} wrap="wrap" align="center">
              <Text size="sm" fw={500} lang={language ?? undefined} style={{ whiteSpace: 'pre-wrap' }}>
                “{suggestion.text}”
              </Text>
              {isInWording(suggestion, wording) && (
                <Badge
                  size="sm"
                  radius="sm"
                  tt="none"
                  leftSection={<CheckIcon size={12} />}
                  styles={{ root: { backgroundColor: '#E6F4EA', color: '#1B5E20', border: '1px solid #2F9E44' } }}
                >
                  {t('positions.suggestions.inWording')}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="gray.7">
              {suggestion.quote && (
                <>
                  {t('positions.suggestions.replaces', { quote: suggestion.quote.exact })}
                  {' · '}
                </>
              )}
              {t('positions.suggestions.by', { names: names(suggestion.authors) })}
            </Text>
          </li>
        ))}
      </Stack>
      <Text size="sm" mt={message ? 6 : 0} role="status" aria-live="polite">
        {message}
      </Text>
    </Box>
  );
}

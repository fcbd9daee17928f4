import { useMemo, useState } from 'react';
import { ActionIcon, Group, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChevronDownIcon, ChevronUpIcon, SearchIcon } from '../../shared/ui/icons';
import { searchDraft } from './provision-search';
import type { ProvisionItem } from './provision-tree';

/**
 * Find in the draft by number, heading or words: Enter goes to the next provision found (a number
 * goes to that provision first), Shift+Enter to the previous, Escape clears.
 */
export function DraftFind({ provisions, onGo }: { provisions: ProvisionItem[]; onGo(id: string): void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(-1);
  const { matches } = useMemo(() => searchDraft(provisions, query), [provisions, query]);
  const go = (step: number) => {
    if (!matches.length) return;
    const next = at < 0 ? (step > 0 ? 0 : matches.length - 1) : (at + step + matches.length) % matches.length;
    setAt(next);
    onGo(matches[next]);
  };
  const status = !query.trim()
    ? ''
    : matches.length === 0
      ? t('drafts.find.none')
      : at < 0
        ? t('drafts.find.count', { count: matches.length })
        : t('drafts.find.position', { at: at + 1, count: matches.length });
  return (
    <Group gap={4} wrap="nowrap" align="center" role="search" aria-label={t('drafts.find.label')}>
      <TextInput
        size="xs"
        w={260}
        type="search"
        aria-label={t('drafts.find.label')}
        placeholder={t('drafts.find.placeholder')}
        leftSection={<SearchIcon size={14} />}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setAt(-1);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            go(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            setQuery('');
            setAt(-1);
          }
        }}
      />
      <ActionIcon variant="subtle" color="ink" size="sm" aria-label={t('drafts.find.previous')} disabled={!matches.length} onClick={() => go(-1)}>
        <ChevronUpIcon size={14} />
      </ActionIcon>
      <ActionIcon variant="subtle" color="ink" size="sm" aria-label={t('drafts.find.next')} disabled={!matches.length} onClick={() => go(1)}>
        <ChevronDownIcon size={14} />
      </ActionIcon>
      <Text size="xs" c="gray.7" aria-live="polite" miw={70}>
        {status}
      </Text>
    </Group>
  );
}

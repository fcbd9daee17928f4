import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type Ref, type SyntheticEvent } from 'react';
import { Group, Popover, Text, Textarea, VisuallyHidden, type TextareaProps } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { SIDE_STYLES } from '../../../shared/ui/side-style';
import { matchMentionCandidates, type MentionCandidate, type MentionedPerson } from './mention-candidates';
import { insertMention, mentionQueryAt, type MentionQuery } from './mention-query';

/** Names offered at once; typing more letters narrows the list. */
const SHOWN_MAX = 8;

export interface MentionTextareaProps extends Omit<TextareaProps, 'value' | 'onChange'> {
  value: string;
  onChange(value: string): void;
  /** Who may be named here: the readers of the comment, me excepted. */
  candidates: readonly MentionCandidate[];
  /** Someone was chosen from the list (their `@Name` is now in the text). */
  onMention(person: MentionedPerson): void;
}

/**
 * A comment field where `@` offers the people who will read the comment
 * (ARIA combobox with a listbox: arrows move, Enter or Tab insert, Escape
 * closes), announced in a polite live region.
 */
export function MentionTextarea({ value, onChange, candidates, onMention, ref, ...textareaProps }: MentionTextareaProps & { ref?: Ref<HTMLTextAreaElement> }) {
  const { t } = useTranslation();
  const listboxId = `${useId()}-mentions`;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const mergedRef = useMergedRef(textarea, ref);
  const [caret, setCaret] = useState<number | null>(null);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [active, setActive] = useState<{ key: string; index: number }>({ key: '', index: 0 });
  const [chosenName, setChosenName] = useState<string | null>(null);
  const pendingCaret = useRef<number | null>(null);

  const at: MentionQuery | null = caret === null ? null : mentionQueryAt(value, caret);
  const key = at ? `${at.start}:${at.query}` : '';
  const matches = at ? matchMentionCandidates(candidates, at.query).slice(0, SHOWN_MAX) : [];
  const listening = at !== null && at.start !== dismissedAt;
  const open = listening && matches.length > 0;
  // "No one called …" only while one word is typed: after that, the @ is likely plain text.
  const noMatch = listening && matches.length === 0 && at.query.length > 0 && !/\s/u.test(at.query);
  const activeIndex = active.key === key ? Math.min(active.index, matches.length - 1) : 0;
  const activePerson = open ? matches[activeIndex] : undefined;
  const optionId = (person: MentionedPerson) => `${listboxId}-${person.id}`;
  const activeOptionId = activePerson ? optionId(activePerson) : undefined;

  useLayoutEffect(() => {
    if (pendingCaret.current === null || !textarea.current) return;
    textarea.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    setCaret(pendingCaret.current);
    pendingCaret.current = null;
  }, [value]);

  useEffect(() => {
    if (activeOptionId) document.getElementById(activeOptionId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeOptionId]);

  const trackCaret = (event: SyntheticEvent<HTMLTextAreaElement>) => {
    const { value: text, selectionStart, selectionEnd } = event.currentTarget;
    const next = selectionStart === selectionEnd ? selectionStart : null;
    setCaret(next);
    // Escape holds for the name being typed; once its @ is gone, a new @ there opens the list again.
    if (next === null || !mentionQueryAt(text, next)) setDismissedAt(null);
  };

  const choose = (person: MentionCandidate) => {
    if (!at || caret === null) return;
    const inserted = insertMention(value, at, caret, person.displayName);
    pendingCaret.current = inserted.caret;
    onChange(inserted.text);
    onMention({ id: person.id, displayName: person.displayName });
    setChosenName(person.displayName);
    textarea.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter while an input method composes a word belongs to the input method.
    if (event.nativeEvent.isComposing) return textareaProps.onKeyDown?.(event);
    if (listening && event.key === 'Escape' && (open || noMatch)) {
      event.preventDefault();
      event.stopPropagation();
      setDismissedAt(at.start);
      return;
    }
    if (!open || event.altKey || event.ctrlKey || event.metaKey) return textareaProps.onKeyDown?.(event);
    const move = (by: number) => {
      event.preventDefault();
      setActive({ key, index: (activeIndex + by + matches.length) % matches.length });
    };
    if (event.key === 'ArrowDown') return move(1);
    if (event.key === 'ArrowUp') return move(-1);
    if ((event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey && activePerson) {
      event.preventDefault();
      return choose(activePerson);
    }
    return textareaProps.onKeyDown?.(event);
  };

  const announcement = chosenName
    ? t('comments.mentions.chosen', { name: chosenName })
    : open
      ? t('comments.mentions.suggestions', { count: matches.length })
      : noMatch
        ? t('comments.mentions.noMatch', { query: at.query })
        : '';

  return (
    <>
      <Popover
        opened={open || noMatch}
        onClose={() => at && setDismissedAt(at.start)}
        position="bottom-start"
        width="target"
        withinPortal
        withRoles={false}
        trapFocus={false}
        returnFocus={false}
        closeOnEscape={false}
        shadow="md"
        radius="sm"
        offset={4}
        transitionProps={{ duration: 0 }}
        middlewares={{ flip: true, shift: true }}
      >
        <Popover.Target>
          <Textarea
            {...textareaProps}
            ref={mergedRef}
            value={value}
            onChange={(event) => {
              setChosenName(null);
              onChange(event.currentTarget.value);
              trackCaret(event);
            }}
            onSelect={trackCaret}
            onFocus={(event) => {
              trackCaret(event);
              textareaProps.onFocus?.(event);
            }}
            onBlur={(event) => {
              setCaret(null);
              textareaProps.onBlur?.(event);
            }}
            onKeyDown={onKeyDown}
            role="combobox"
            aria-autocomplete="list"
            aria-haspopup="listbox"
            aria-expanded={open}
            aria-controls={open ? listboxId : undefined}
            aria-activedescendant={activeOptionId}
          />
        </Popover.Target>
        {/* Keep the focus (and the caret) in the text while clicking in the list, its scrollbar included. */}
        <Popover.Dropdown p={4} onMouseDown={(event) => event.preventDefault()}>
          {noMatch ? (
            <Text size="sm" c="gray.8" px="xs" py={6}>
              {t('comments.mentions.noMatch', { query: at.query })}
            </Text>
          ) : (
            <>
              <Text size="xs" c="gray.7" px="xs" pt={2} pb={4} id={`${listboxId}-label`}>
                {t('comments.mentions.listLabel')}
              </Text>
              <ul
                id={listboxId}
                role="listbox"
                aria-labelledby={`${listboxId}-label`}
                style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 264, overflowY: 'auto' }}
              >
                {matches.map((person, index) => (
                  <MentionOption
                    key={person.id}
                    id={optionId(person)}
                    person={person}
                    active={index === activeIndex}
                    onPick={() => choose(person)}
                    onHover={() => setActive({ key, index })}
                  />
                ))}
              </ul>
            </>
          )}
        </Popover.Dropdown>
      </Popover>
      <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </VisuallyHidden>
    </>
  );
}

function MentionOption({
  id,
  person,
  active,
  onPick,
  onHover,
}: {
  id: string;
  person: MentionCandidate;
  active: boolean;
  onPick(): void;
  onHover(): void;
}) {
  const { t } = useTranslation();
  const side = person.constituency ? SIDE_STYLES[person.constituency] : null;
  const sideName = person.constituency ? t(`sides.${person.constituency}`) : null;
  const part = sideName
    ? person.isLead
      ? t('comments.mentions.sideLead', { side: sideName })
      : sideName
    : t(`comments.mentions.roles.${person.role === 'OBSERVER' ? 'OBSERVER' : 'FACILITATOR'}`);
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      data-active={active || undefined}
      style={{
        padding: '6px 8px',
        borderRadius: 4,
        cursor: 'pointer',
        background: active ? 'var(--mantine-color-ink-0)' : undefined,
        boxShadow: active ? 'inset 3px 0 0 var(--mantine-color-ink-8)' : undefined,
      }}
      onClick={onPick}
      onMouseEnter={onHover}
    >
      <Group gap={8} wrap="nowrap" justify="space-between">
        <Text size="sm" fw={500} truncate>
          {person.displayName}
        </Text>
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0, color: side ? side.ink : 'var(--mantine-color-gray-8)' }}>
          {side && <side.Icon size={13} />}
          <Text size="xs" c={side ? side.ink : 'gray.8'}>
            {part}
          </Text>
        </Group>
      </Group>
    </li>
  );
}

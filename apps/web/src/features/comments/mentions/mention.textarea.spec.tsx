import { useState } from 'react';
import { act, fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render-with-providers';
import type { MentionCandidate, MentionedPerson } from './mention-candidates';
import { MentionTextarea } from './mention.textarea';

const person = (id: string, displayName: string, constituency: MentionCandidate['constituency']): MentionCandidate => ({
  id,
  displayName,
  role: 'DELEGATE',
  constituency,
  isLead: false,
});
const CANDIDATES = [person('claire', 'Claire Dubois', 'EMPLOYERS'), person('kenji', 'Kenji Watanabe', 'EMPLOYERS'), person('samuel', 'Samuel Okoro', 'WORKERS')];

function Composer({ onMention }: { onMention(person: MentionedPerson): void }) {
  const [value, setValue] = useState('');
  return <MentionTextarea label="Comment" value={value} onChange={setValue} candidates={CANDIDATES} onMention={onMention} />;
}

function type(text: string) {
  const field = screen.getByRole('combobox', { name: 'Comment' }) as HTMLTextAreaElement;
  act(() => {
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: text } });
    field.setSelectionRange(text.length, text.length);
    fireEvent.select(field);
  });
  return field;
}

describe('naming someone with @ in a comment', () => {
  it('offers the readers whose name matches, as a listbox the field controls', () => {
    renderWithProviders(<Composer onMention={() => undefined} />);
    const field = type('Ask @');
    expect(field.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox', { name: 'People who will read this comment' });
    expect(field.getAttribute('aria-controls')).toBe(listbox.id);
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      expect.stringContaining('Claire Dubois'),
      expect.stringContaining('Kenji Watanabe'),
      expect.stringContaining('Samuel Okoro'),
    ]);
    expect(screen.getByRole('status').textContent).toContain('3 people can be named');

    type('Ask @wat');
    expect(screen.getAllByRole('option')).toHaveLength(1);
  });

  it('moves with the arrows and inserts the chosen name with Enter', () => {
    const named: MentionedPerson[] = [];
    renderWithProviders(<Composer onMention={(p) => named.push(p)} />);
    const field = type('Ask @');
    const activeName = () => document.getElementById(field.getAttribute('aria-activedescendant') ?? '')?.textContent;
    expect(activeName()).toContain('Claire Dubois');
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    expect(activeName()).toContain('Kenji Watanabe');
    fireEvent.keyDown(field, { key: 'ArrowUp' });
    fireEvent.keyDown(field, { key: 'ArrowUp' });
    expect(activeName()).toContain('Samuel Okoro');
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('Samuel Okoro');

    fireEvent.keyDown(field, { key: 'Enter' });
    expect(field.value).toBe('Ask @Samuel Okoro ');
    expect(named).toEqual([{ id: 'samuel', displayName: 'Samuel Okoro' }]);
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('Samuel Okoro named: they will be notified.');
  });

  it('inserts with Tab too, and closes with Escape without inserting', () => {
    renderWithProviders(<Composer onMention={() => undefined} />);
    let field = type('@cl');
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(field.value).toBe('@cl');

    field = type('@cl and @ke');
    fireEvent.keyDown(field, { key: 'Tab' });
    expect(field.value).toBe('@cl and @Kenji Watanabe ');
  });

  it('says when no reader has that name', () => {
    renderWithProviders(<Composer onMention={() => undefined} />);
    const field = type('@Zed');
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('No one called “Zed” will read this comment.');
  });
});

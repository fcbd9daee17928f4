import { render } from '@testing-library/react';
import { MentionedText } from './mentioned-text';

describe('a comment body with mentions', () => {
  const claire = { id: 'claire', displayName: 'Claire Dubois' };

  it('marks the names it mentions, mine apart', () => {
    const { container } = render(<MentionedText body="@Claire Dubois, and @Nadia Haddad?" mentions={[claire, { id: 'me', displayName: 'Nadia Haddad' }]} myId="me" />);
    const marks = [...container.querySelectorAll('.mention')];
    expect(marks.map((mark) => [mark.textContent, mark.hasAttribute('data-me')])).toEqual([
      ['@Claire Dubois', false],
      ['@Nadia Haddad', true],
    ]);
    expect(container.textContent).toBe('@Claire Dubois, and @Nadia Haddad?');
  });

  it('never reads the body as HTML', () => {
    const body = '<img src=x onerror="alert(1)"> @Claire Dubois <b>bold</b>';
    const { container } = render(<MentionedText body={body} mentions={[claire]} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toBe(body);
  });
});

import * as Y from 'yjs';
import type { SubmissionFieldsFragment } from '../../gql/graphql';
import { changedSince, matchesFilter, positionKeys, provisionContent, renderPosition, submissionsBySide, textOf } from './position-content';

function paragraph(fragment: Y.XmlFragment, text: string) {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  fragment.push([p]);
}

function submission(partial: Partial<SubmissionFieldsFragment>): SubmissionFieldsFragment {
  return {
    __typename: 'PositionSubmission',
    id: 's1',
    number: 1,
    constituency: 'WORKERS',
    delegationId: 'd',
    draftId: 'r1',
    submittedAt: '2026-01-01T00:00:00Z',
    contentHash: 'x',
    content: { __typename: 'SubmissionContent', general: '', provisions: [] },
    ...partial,
  } as SubmissionFieldsFragment;
}

describe('position content', () => {
  it('renders blocks as lines, as the server does', () => {
    const doc = new Y.Doc();
    const general = doc.getXmlFragment(positionKeys.general);
    paragraph(general, 'First line.');
    paragraph(general, 'Second line.');
    expect(textOf(general)).toBe('First line.\nSecond line.');
  });

  it('renders the would-be submission: stance, rationale and wording, skipping silent provisions', () => {
    const doc = new Y.Doc();
    doc.getMap('stances').set('a', 'OPPOSE');
    doc.getMap('stances').set('b', 'NOT_A_STANCE');
    paragraph(doc.getXmlFragment(positionKeys.wording('c')), 'New words');
    expect(renderPosition(doc, ['a', 'b', 'c'])).toEqual({
      general: '',
      provisions: [
        { provisionId: 'a', stance: 'OPPOSE', rationale: '', proposedWording: '' },
        { provisionId: 'c', stance: 'NO_POSITION', rationale: '', proposedWording: 'New words' },
      ],
    });
  });

  it('tells what changed since the last submission', () => {
    const doc = new Y.Doc();
    doc.getMap('stances').set('a', 'SUPPORT');
    const live = provisionContent(doc, 'a');
    const same = submission({ content: { __typename: 'SubmissionContent', general: '', provisions: [{ __typename: 'SubmittedProvision', ...live }] } });
    expect(changedSince(live, same)).toBe(false);
    expect(changedSince(live, submission({}))).toBe(true);
    expect(changedSince(live, null)).toBe(true);
    expect(changedSince(provisionContent(doc, 'z'), null)).toBe(false);
    expect(matchesFilter('noPosition', provisionContent(doc, 'z'), null)).toBe(true);
    expect(matchesFilter('noPosition', live, null)).toBe(false);
    expect(matchesFilter('all', live, same)).toBe(true);
  });

  it('groups submissions of one draft by side, in number order', () => {
    const list = [submission({ id: '2', number: 2 }), submission({ id: '1', number: 1 }), submission({ id: 'g', constituency: 'GOVERNMENT' }), submission({ id: 'old', draftId: 'r0' })];
    const bySide = submissionsBySide(list, 'r1');
    expect(bySide.WORKERS.map((s) => s.id)).toEqual(['1', '2']);
    expect(bySide.GOVERNMENT.map((s) => s.id)).toEqual(['g']);
    expect(bySide.EMPLOYERS).toEqual([]);
  });
});

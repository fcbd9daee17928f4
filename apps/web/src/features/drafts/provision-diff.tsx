import { Fragment, type ReactNode } from 'react';
import { DiffPart, DiffText, type DiffPartLike } from '../../shared/diff/diff-text';
import { diffLines, type DiffLine } from './diff-lines';
import { QuotedBlock } from './quoted-block';

/**
 * A provision's changes as the reader shows its text: what an amendment quotes in a quotation block, without its
 * prefixes, insertions and deletions marked inside it as anywhere else (a line break only one version has, too).
 */
export function ProvisionDiff({ diff }: { diff: readonly DiffPartLike[] }) {
  const lines = diffLines(diff);
  if (!lines.some((line) => line.quoted)) return <DiffText diff={diff} />;
  const breakBefore = (i: number): ReactNode => (i > 0 ? <DiffPart part={{ op: lines[i - 1].breakOp ?? 'equal', text: '\n' }} /> : null);
  const content = (line: DiffLine) => line.parts.map((part, index) => <DiffPart key={index} part={part} />);
  const out: ReactNode[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!lines[i].quoted) {
      out.push(
        <Fragment key={i}>
          {breakBefore(i)}
          {content(lines[i])}
        </Fragment>,
      );
      i += 1;
      continue;
    }
    const start = i;
    const quoted: ReactNode[] = [];
    for (; i < lines.length && lines[i].quoted; i += 1) {
      quoted.push(
        <Fragment key={i}>
          {i > start && breakBefore(i)}
          {content(lines[i])}
        </Fragment>,
      );
    }
    out.push(
      <Fragment key={start}>
        {breakBefore(start)}
        <QuotedBlock>{quoted}</QuotedBlock>
      </Fragment>,
    );
  }
  return <>{out}</>;
}

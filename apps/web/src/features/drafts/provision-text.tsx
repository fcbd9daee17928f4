import { Fragment, type ReactNode } from 'react';
import { type Mark, MarkedText } from './marked-text';
import { QUOTE_PREFIX, QuotedBlock } from './quoted-block';

const NO_MARKS: readonly Mark[] = [];

/**
 * A provision's text with what an amendment quotes shown as a quotation (a block set off by a rule) and its marks
 * (emphasis, references, definitions) drawn. The prefixes stay in the DOM, hidden, so that offsets of selected
 * words still match the stored text.
 */
export function ProvisionText({ text, marks = NO_MARKS }: { text: string; marks?: readonly Mark[] }) {
  const lines = text.split('\n');
  if (!lines.some((line) => line.startsWith(QUOTE_PREFIX))) return <MarkedText text={text} from={0} to={text.length} marks={marks} />;
  const starts: number[] = [];
  lines.reduce((offset, line) => (starts.push(offset), offset + line.length + 1), 0);
  const line = (i: number, skip = 0) => <MarkedText text={text} from={starts[i] + skip} to={starts[i] + lines[i].length} marks={marks} />;
  const parts: ReactNode[] = [];
  for (let i = 0; i < lines.length; ) {
    const newline = i > 0 ? '\n' : '';
    if (!lines[i].startsWith(QUOTE_PREFIX)) {
      parts.push(
        <Fragment key={i}>
          {newline}
          {line(i)}
        </Fragment>,
      );
      i += 1;
      continue;
    }
    const start = i;
    const quoted: ReactNode[] = [];
    for (; i < lines.length && lines[i].startsWith(QUOTE_PREFIX); i += 1) {
      quoted.push(
        <Fragment key={i}>
          {i > start ? '\n' : ''}
          <span aria-hidden style={{ display: 'none' }}>
            {QUOTE_PREFIX}
          </span>
          {line(i, QUOTE_PREFIX.length)}
        </Fragment>,
      );
    }
    parts.push(
      <Fragment key={start}>
        {newline}
        <QuotedBlock>{quoted}</QuotedBlock>
      </Fragment>,
    );
  }
  return <>{parts}</>;
}

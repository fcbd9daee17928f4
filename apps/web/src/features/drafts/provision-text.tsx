import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The importer marks each line an amendment quotes with this prefix (apps/api …/import/quoted-text.ts). */
const QUOTE_PREFIX = '> ';

/**
 * A provision's text with what an amendment quotes shown as a quotation: a block set off by a rule. The
 * prefixes stay in the DOM, hidden, so that offsets of selected words still match the stored text.
 */
export function ProvisionText({ text }: { text: string }) {
  const { t } = useTranslation();
  if (!text.split('\n').some((line) => line.startsWith(QUOTE_PREFIX))) return <>{text}</>;
  const parts: ReactNode[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; ) {
    const newline = i > 0 ? '\n' : '';
    if (!lines[i].startsWith(QUOTE_PREFIX)) {
      parts.push(<Fragment key={i}>{`${newline}${lines[i]}`}</Fragment>);
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
          {lines[i].slice(QUOTE_PREFIX.length)}
        </Fragment>,
      );
    }
    parts.push(
      <Fragment key={start}>
        {newline}
        <span
          className="provision-quoted"
          data-quoted
          role="group"
          aria-label={t('drafts.reader.quotedText')}
          style={{
            display: 'block',
            borderInlineStart: '3px solid var(--mantine-color-gray-5)',
            paddingInlineStart: 12,
            marginBlock: 4,
            background: 'var(--mantine-color-gray-0)',
          }}
        >
          {quoted}
        </span>
      </Fragment>,
    );
  }
  return <>{parts}</>;
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The importer marks each line an amendment quotes with this prefix (apps/api …/import/quoted-text.ts). */
export const QUOTE_PREFIX = '> ';

/** What an amendment quotes, set off by a rule: the same in the reader's text and in its changes. */
export function QuotedBlock({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
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
      {children}
    </span>
  );
}

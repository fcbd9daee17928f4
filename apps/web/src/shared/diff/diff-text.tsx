import { useTranslation } from 'react-i18next';

export interface DiffPartLike {
  op: string;
  text: string;
}

/** A word diff: insertions underlined, deletions struck through, each with its own title (not colour alone). */
export function DiffText({ diff }: { diff: readonly DiffPartLike[] }) {
  const { t } = useTranslation();
  return (
    <>
      {diff.map((part, index) =>
        part.op === 'insert' ? (
          <ins key={index} className="diff-ins" title={t('drafts.reader.inserted')}>
            {part.text}
          </ins>
        ) : part.op === 'delete' ? (
          <del key={index} className="diff-del" title={t('drafts.reader.deleted')}>
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

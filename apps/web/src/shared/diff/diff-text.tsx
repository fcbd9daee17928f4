import { useTranslation } from 'react-i18next';

export interface DiffPartLike {
  op: string;
  text: string;
}

/** A word diff: insertions underlined, deletions struck through, each with its own title (not colour alone). */
export function DiffText({ diff }: { diff: readonly DiffPartLike[] }) {
  return (
    <>
      {diff.map((part, index) => (
        <DiffPart key={index} part={part} />
      ))}
    </>
  );
}

/** One part of a word diff: inserted, deleted or the same in both versions. */
export function DiffPart({ part }: { part: DiffPartLike }) {
  const { t } = useTranslation();
  if (part.op === 'insert') {
    return (
      <ins className="diff-ins" title={t('drafts.reader.inserted')}>
        {part.text}
      </ins>
    );
  }
  if (part.op === 'delete') {
    return (
      <del className="diff-del" title={t('drafts.reader.deleted')}>
        {part.text}
      </del>
    );
  }
  return <span>{part.text}</span>;
}

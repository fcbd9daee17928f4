import type { TFunction } from 'i18next';
import type { MinutesFieldsFragment } from '../../gql/graphql';

export type MinutesContent = MinutesFieldsFragment['revisions'][number]['content'];

const durationOf = (t: TFunction, seconds: number) => t('minutes.items.duration', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });

/**
 * Minutes as plain text, one paragraph per line, in the reader's language:
 * what the word diff between two revisions compares (the narrative parts and
 * the facts, in the order the page shows them).
 */
export function minutesText(content: MinutesContent, t: TFunction): string {
  const lines: string[] = [];
  const push = (...parts: Array<string | null | undefined | false>) => {
    const line = parts.filter(Boolean).join(' ');
    if (line) lines.push(line);
  };
  push(content.session.title);
  if (content.opening) push(`${t('minutes.opening')}:`, content.opening);
  for (const item of content.items) {
    push(`${item.position + 1}.`, item.title);
    for (const intervention of item.interventions) {
      push(`${intervention.speaker} (${t(`sides.${intervention.constituency}`)}, ${t(`minutes.items.kinds.${intervention.kind}`)}, ${durationOf(t, intervention.durationSeconds)}):`, intervention.summary);
    }
    for (const stance of item.stances) push(`${t(`sides.${stance.constituency}`)}: ${t(`live.stances.${stance.stance}`)}`, stance.reservation);
    for (const reopening of item.reopenings) push(t('minutes.items.reopened', { date: reopening.at.slice(0, 10), name: reopening.by, outcome: t(`outcomes.kinds.${reopening.outcome}`), reason: reopening.reason }));
    if (item.outcome) {
      push(`${t('minutes.items.outcome')}: ${t(`outcomes.kinds.${item.outcome.outcome}`)}`, item.outcome.note);
      if (item.outcome.agreedText) push(`${t('minutes.items.agreedText')}:`, item.outcome.agreedText);
    }
    if (item.notes) push(`${t('minutes.items.notes')}:`, item.notes);
  }
  if (content.closing) push(`${t('minutes.closing')}:`, content.closing);
  return lines.join('\n');
}

export { durationOf };

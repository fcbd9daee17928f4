import type { OutcomeKind } from '@tripart/contracts';
import type { AgreedTextLabels } from './agreed-text.labels';

/** A standing outcome that recorded an agreed text, and where it was recorded. */
export interface Agreement {
  outcomeId: string;
  outcome: OutcomeKind;
  agreedText: string;
  recordedAt: Date;
  session: { id: string; title: string; startsAt: Date };
  /** The draft version whose provision the agenda item named (the text may have been agreed on an earlier one). */
  draftVersion: number;
}

/** A provision of the newest draft version, as stored by the import (document order, its parent's id). */
export interface DraftedProvision {
  id: string;
  parentId: string | null;
  kind: string;
  key: string;
  number: string | null;
  heading: string | null;
  text: string;
}

/** Everything the `bill` renders: the newest version's structure, and the agreements that replace its texts. */
export interface AgreedTextDocument {
  dossier: { id: string; title: string; countryCode: string };
  draft: { id: string; version: number; createdAt: Date; language: string | null };
  provisions: DraftedProvision[];
  /** By provision id of the newest version. */
  agreements: ReadonlyMap<string, Agreement>;
  exportedAt: Date;
  labels: AgreedTextLabels;
}

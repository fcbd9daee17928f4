import { c144SubjectCitation } from '@tripart/contracts';
import { printFact, printMoment, printParagraph, printTable, type PrintBlock, type PrintCell, type Printout } from '../../common/print/print-blocks';
import { minutesExportLabels } from '../../minutes/export/minutes-export.labels';
import type { EvidencePack, EvidenceSideCount } from '../evidence-pack.types';
import type { EvidenceExportLabels } from './evidence-export.labels';

/** A pack as an export receives it: the facts, and when and in which words it is printed. */
export interface EvidenceExportDocument {
  pack: EvidencePack;
  labels: EvidenceExportLabels;
  exportedAt: Date;
}

type Side = keyof EvidenceExportLabels['sides'];

/** A cell of the requester's words around a name or title: read in their direction (left to right), the name keeps its own. */
const composed = (text: string): PrintCell => ({ text, rtl: false });

/**
 * One section: a table with the date of each fact first and the audit event
 * that records it last ("#12", as the Record tab shows it).
 */
function section<Row extends { at: string; event: string }>(document: EvidenceExportDocument, heading: string, rows: Row[], columns: Array<[string, (row: Row) => string | PrintCell]>, extra: PrintBlock[] = []): PrintBlock[] {
  const { labels } = document;
  const body: PrintBlock[] = rows.length
    ? [printTable([labels.date, ...columns.map(([header]) => header), labels.event], rows.map((row) => [printMoment(labels.locale, row.at), ...columns.map(([, cell]) => cell(row)), `#${row.event}`]))]
    : [printParagraph(labels.none)];
  return [{ type: 'heading', level: 2, text: heading }, ...extra, ...body];
}

/** The whole pack, in the order the Record tab shows it, in the requester's language. */
export function evidencePrintout(document: EvidenceExportDocument): PrintBlock[] {
  const { pack, labels } = document;
  const moment = (at: string) => printMoment(labels.locale, at);
  const sides = (counted: EvidenceSideCount[]) => counted.map((count) => `${labels.sides[count.side as Side] ?? count.side}: ${count.people}`).join(' · ');
  const outcomes = minutesExportLabels(labels.locale).items.outcomes;
  return [
    { type: 'title', text: `${labels.title} — ${pack.dossierTitle}` },
    {
      type: 'facts',
      rows: [
        printFact(labels.facts.dossier, pack.dossierTitle),
        printFact(labels.facts.country, pack.country),
        printFact(labels.subject.label, pack.c144Subject ? labels.subject.event(c144SubjectCitation(pack.c144Subject.subject, labels.locale), pack.c144Subject.event) : labels.subject.none),
      ],
    },
    printParagraph(labels.intro),
    printParagraph(labels.generated(moment(pack.generatedAt), pack.upToEvent)),
    ...(pack.openedAt && pack.openedEvent ? [printParagraph(labels.opened(moment(pack.openedAt), pack.openedEvent))] : []),
    ...section(document, labels.invitations.heading, pack.invitations, [
      [labels.invitations.person, (row) => composed(`${row.person} (${labels.invitations.roles[row.role as 'DELEGATE'] ?? row.role}${row.lead ? `, ${labels.invitations.lead}` : ''})`)],
      [labels.invitations.organization, (row) => row.organization ?? ''],
      [labels.invitations.side, (row) => (row.constituency ? labels.sides[row.constituency] : '')],
    ]),
    ...section(document, labels.drafts.heading, pack.drafts, [
      [labels.drafts.version, (row) => String(row.version)],
      [labels.drafts.to, (row) => sides(row.to)],
    ]),
    ...section(document, labels.sessions.heading, pack.sessions, [
      [labels.sessions.title, (row) => composed([row.title, row.closedAt && row.closedEvent ? labels.sessions.closed(moment(row.closedAt), row.closedEvent) : null].filter(Boolean).join(' — '))],
      [labels.sessions.attendance, (row) => sides(row.attendance)],
      [labels.sessions.draft, (row) => (row.draftVersion === null ? labels.sessions.noDraft : labels.sessions.daysBefore(row.draftVersion, row.daysAfterDraft ?? 0))],
    ]),
    ...section(document, labels.submissions.heading, pack.submissions, [
      [labels.submissions.side, (row) => labels.sides[row.constituency]],
      [labels.submissions.number, (row) => `#${row.number}`],
      [labels.submissions.version, (row) => (row.draftVersion === null ? '' : String(row.draftVersion))],
    ]),
    ...section(document, labels.outcomes.heading, pack.outcomes, [
      [labels.outcomes.item, (row) => row.item],
      [labels.outcomes.session, (row) => row.session],
      [labels.outcomes.outcome, (row) => outcomes[row.outcome]],
    ]),
    ...section(
      document,
      labels.responses.heading,
      pack.responses,
      [
        [labels.responses.provision, (row) => row.provision],
        [labels.responses.side, (row) => labels.sides[row.constituency]],
        [labels.responses.verdict, (row) => labels.responses.verdicts[row.verdict as 'ACCEPTED'] ?? row.verdict],
      ],
      [printParagraph(labels.responses.count(pack.responses.length, pack.contributions))],
    ),
    ...section(document, labels.minutes.heading, pack.sealedMinutes, [
      [labels.minutes.session, (row) => composed(`${row.session} — ${labels.minutes.kinds[row.kind as 'MINUTES'] ?? row.kind}`)],
      [labels.minutes.revision, (row) => String(row.revision)],
      [labels.minutes.hash, (row) => row.sealHash],
    ]),
  ];
}

/** The pack's printout (PDF, DOCX): metadata in the requester's language and its blocks. */
export function evidencePrintoutOf(document: EvidenceExportDocument): Printout {
  const { pack, labels } = document;
  const title = `${labels.title} — ${pack.dossierTitle}`;
  return {
    title,
    lang: labels.locale,
    authors: ['Tripart'],
    keywords: ['C144', labels.title, pack.country],
    footer: `${title} · ${labels.generated(printMoment(labels.locale, pack.generatedAt), pack.upToEvent)}`,
    createdAt: document.exportedAt,
    description: labels.generated(printMoment(labels.locale, pack.generatedAt), pack.upToEvent),
    blocks: evidencePrintout(document),
  };
}

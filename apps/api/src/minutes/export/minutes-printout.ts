import { CONSTITUENCIES, type MinutesAttendee, type MinutesItem } from '@tripart/contracts';
import { isRightToLeft, paragraphsOf, printParagraph, type PrintBlock, type Printout } from '../../common/print/print-blocks';
import { exportMoment, exportTime, type MinutesExportLabels } from './minutes-export.labels';
import type { MinutesExportDocument } from './minutes-export.document';

const paragraph = printParagraph;
const narrative = (text: string): PrintBlock[] => paragraphsOf(text).map(paragraph);

function presence(labels: MinutesExportLabels, attendee: MinutesAttendee): string {
  return attendee.stretches
    .map((stretch) => `${exportTime(labels, stretch.joinedAt)} – ${stretch.leftAt ? exportTime(labels, stretch.leftAt) : labels.attendance.untilEnd} (${stretch.inRoom ? labels.attendance.inRoom : labels.attendance.online})`)
    .join(', ');
}

const named = (attendee: MinutesAttendee) => (attendee.organization ? `${attendee.name}, ${attendee.organization}` : attendee.name);

function attendance(labels: MinutesExportLabels, people: MinutesAttendee[]): PrintBlock[] {
  const group = (title: string, members: MinutesAttendee[]): PrintBlock[] =>
    members.length ? [{ type: 'heading', level: 3, text: title }, { type: 'facts', rows: members.map((member) => ({ label: named(member), value: presence(labels, member), rtl: false })) }] : [];
  return [
    { type: 'heading', level: 2, text: labels.attendance.heading },
    ...group(labels.attendance.chair, people.filter((person) => person.role === 'FACILITATOR')),
    ...CONSTITUENCIES.flatMap((side) => group(labels.delegations[side], people.filter((person) => person.role === 'DELEGATE' && person.constituency === side))),
    ...group(labels.attendance.observers, people.filter((person) => person.role === 'OBSERVER')),
  ];
}

function item(labels: MinutesExportLabels, entry: MinutesItem): PrintBlock[] {
  const words = labels.items;
  const blocks: PrintBlock[] = [{ type: 'heading', level: 2, text: `${entry.position}. ${entry.title}` }, { type: 'heading', level: 3, text: words.interventions }];
  if (!entry.interventions.length) blocks.push(paragraph(words.noInterventions));
  for (const intervention of entry.interventions) {
    const who = [intervention.speaker, intervention.organization, labels.sides[intervention.constituency]].filter(Boolean).join(', ');
    const minutes = Math.floor(intervention.durationSeconds / 60);
    blocks.push(paragraph(`${words.kinds[intervention.kind]} — ${who} (${exportTime(labels, intervention.startedAt)}, ${words.duration(minutes, intervention.durationSeconds % 60)})`));
    blocks.push(...(paragraphsOf(intervention.summary).length ? narrative(intervention.summary) : [paragraph(words.noSummary)]).map((block) => (block.type === 'paragraph' ? { ...block, type: 'quote' as const } : block)));
  }
  if (entry.stances.length) {
    blocks.push({ type: 'heading', level: 3, text: words.stances });
    blocks.push({
      type: 'facts',
      rows: entry.stances.map((stance) => ({ label: labels.sides[stance.constituency], value: stance.reservation ? `${words.stance[stance.stance]}: ${stance.reservation}` : words.stance[stance.stance], rtl: isRightToLeft(stance.reservation) })),
    });
  }
  for (const reopening of entry.reopenings) blocks.push(paragraph(words.reopened(exportMoment(labels, reopening.at), reopening.by, words.outcomes[reopening.outcome], reopening.reason)));
  blocks.push({ type: 'heading', level: 3, text: words.outcome });
  if (!entry.outcome) blocks.push(paragraph(words.noOutcome));
  else {
    blocks.push(paragraph(entry.outcome.note ? `${words.outcomes[entry.outcome.outcome]} — ${entry.outcome.note}` : words.outcomes[entry.outcome.outcome]));
    if (entry.outcome.agreedText) blocks.push({ type: 'paragraph', text: `${words.agreedText}:`, rtl: false }, ...paragraphsOf(entry.outcome.agreedText).map((text) => ({ type: 'quote' as const, text, rtl: isRightToLeft(text) })));
    for (const side of CONSTITUENCIES) {
      const reservation = entry.outcome.reservations[side];
      if (reservation) blocks.push(paragraph(`${words.reservation(labels.sides[side])}: ${reservation}`));
    }
  }
  if (paragraphsOf(entry.notes).length) blocks.push({ type: 'heading', level: 3, text: words.notes }, ...narrative(entry.notes));
  return blocks;
}

function approvals(document: MinutesExportDocument): PrintBlock[] {
  const { labels } = document;
  if (!document.sentAt) return [];
  const rows = (['GOVERNMENT', 'EMPLOYERS', 'WORKERS', 'FACILITATOR'] as const).map((signatory) => {
    const decided = document.approvals.find((approval) => approval.signatory === signatory);
    const value = decided
      ? [labels.approvals.decisions[decided.decision], labels.approvals.by(decided.decidedBy), exportMoment(labels, decided.decidedAt), decided.comment].filter(Boolean).join(' — ')
      : labels.approvals.pending;
    return { label: labels.approvals.signatories[signatory], value, rtl: false };
  });
  return [{ type: 'heading', level: 2, text: labels.approvals.heading(document.revision) }, { type: 'facts', rows }];
}

/** The whole printout of one revision, in the requester's language. */
export function minutesPrintout(document: MinutesExportDocument): PrintBlock[] {
  const { content, labels, seal } = document;
  const session = content.session;
  const notice: PrintBlock = seal
    ? { type: 'notice', lines: [labels.seal.statement(exportMoment(labels, seal.at), document.revision), `${labels.seal.hash}: ${seal.hash}`, ...(seal.eventSeq ? [labels.seal.event(seal.eventSeq)] : [])] }
    : { type: 'notice', lines: [labels.notSealed(`${labels.revision(document.revision)} — ${labels.states[document.state]}`), `SHA-256: ${document.contentHash}`] };
  const facts: PrintBlock = {
    type: 'facts',
    rows: [
      { label: labels.facts.dossier, value: document.dossier.title, rtl: isRightToLeft(document.dossier.title) },
      { label: labels.facts.date, value: `${exportMoment(labels, session.startsAt)} – ${exportTime(labels, session.endsAt)}`, rtl: false },
      { label: labels.facts.place, value: [session.place, session.meetingUrl ? `${labels.facts.online}: ${session.meetingUrl}` : null].filter(Boolean).join(' · ') || labels.facts.noPlace, rtl: isRightToLeft(session.place ?? '') },
      { label: labels.facts.chairs, value: session.chairs.join(', '), rtl: false },
    ],
  };
  if (content.kind === 'ADDENDUM') return [{ type: 'title', text: `${labels.kinds.ADDENDUM} — ${session.title}` }, notice, facts, ...narrative(content.opening), ...approvals(document)];
  return [
    { type: 'title', text: `${labels.kinds.MINUTES} — ${session.title}` },
    notice,
    facts,
    ...attendance(labels, content.attendance),
    ...(paragraphsOf(content.opening).length ? [{ type: 'heading', level: 2, text: labels.opening } as const, ...narrative(content.opening)] : []),
    { type: 'heading', level: 1, text: labels.items.heading },
    ...content.items.flatMap((entry) => item(labels, entry)),
    ...(paragraphsOf(content.closing).length ? [{ type: 'heading', level: 2, text: labels.closing } as const, ...narrative(content.closing)] : []),
    ...approvals(document),
  ];
}

/** A revision's printout (PDF, DOCX): its metadata in the requester's language and its blocks. */
export function minutesPrintoutOf(document: MinutesExportDocument): Printout {
  const { labels, content } = document;
  const title = `${labels.kinds[document.kind]} — ${content.session.title}`;
  return {
    title,
    lang: labels.locale,
    authors: content.session.chairs.length ? content.session.chairs : ['Tripart'],
    keywords: [labels.kinds[document.kind], labels.revision(document.revision), ...CONSTITUENCIES.map((side) => labels.delegations[side])],
    footer: `${title} · ${labels.revision(document.revision)} · ${exportMoment(labels, document.exportedAt)}`,
    createdAt: document.exportedAt,
    description: document.seal ? `SHA-256 ${document.seal.hash}` : undefined,
    blocks: minutesPrintout(document),
  };
}

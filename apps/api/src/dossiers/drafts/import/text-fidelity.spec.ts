import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import fc from 'fast-check';
import { parseAknDraft } from './akn.parser';
import { parseDocxDraft } from './docx.parser';
import { type ParsedDraft, type ParsedNode, walkNodes } from './parsed-draft';
import { isQuotedLine, QUOTE_PREFIX } from './quoted-text';
import { parseTextDraft } from './text.parser';
import { type XmlElement, childElements, isElement, parseXml } from './xml-tree';

/**
 * The text is the law's text: read in document order, the provisions (numbers, headings, text) hold exactly the
 * words of the document (white space and, in text drafts, the separators after numbers aside), and what an
 * amendment quotes appears once, in its amendment.
 */

const FIXTURES = resolve(__dirname, '../../../../test/fixtures');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

/** White space, table cell separators (" | "), colons (Fedlex's "1. Kapitel: Der Bundesrat" is split into number and heading) and the quote marks the importer adds are layout, not text. */
const squeeze = (text: string): string => text.replace(/[\s:|]+/gu, '');
const unquote = (text: string): string =>
  text
    .split('\n')
    .map((line) => (isQuotedLine(line) ? line.slice(QUOTE_PREFIX.length) : line))
    .join('\n');

/**
 * The provisions in reading order: a container's number and heading, a unit's, then its paragraphs' or its text
 * (a unit's or a preamble's text is its paragraphs' when it has some), then what it holds (a preamble's recitals).
 */
const provisionStream = (nodes: readonly ParsedNode[]): string[] =>
  nodes.flatMap((node) => {
    const own = [node.number ?? '', node.heading ?? ''];
    if (node.kind === 'PARAGRAPH') return [...own, unquote(node.text)];
    if (node.children.some((child) => child.kind === 'PARAGRAPH')) return [...own, ...provisionStream(node.children)];
    return [...own, unquote(node.text), ...provisionStream(node.children)];
  });

/**
 * The document's own text: every text node, notes left out (they are kept as notes), and what is not the law's
 * text: metadata, the cover and title block (`preface`: the draft's title), and references to annexes in other files.
 */
const LEFT_OUT = new Set(['authorialNote', 'note', 'noteRef', 'meta', 'img', 'marker', 'eop', 'preface', 'coverPage', 'documentRef', 'componentRef']);
const xmlText = (element: XmlElement): string =>
  element.children.map((child) => (isElement(child) ? (child.name === 'preface' ? annexHeader(child) : LEFT_OUT.has(child.name) ? '' : xmlText(child)) : child)).join(' ');
/** What of a cover is text: an annex's own number and heading in it (Fedlex's `headerOfAnnex`). */
const annexHeader = (preface: XmlElement): string =>
  find(preface, 'block').filter((block) => ['num', 'heading'].includes(block.attributes.name ?? '')).map(xmlText).join(' ');

const find = (element: XmlElement, name: string): XmlElement[] =>
  childElements(element).flatMap((child) => (child.name === name ? [child] : find(child, name)));

/** What an AKN file puts in the draft: everything, in order — preamble, body, and every schedule or annex it holds (a collection's too). */
const importedXmlText = (xml: string): string => xmlText(childElements(parseXml(xml))[0]);

const quotedTexts = (xml: string): string[] => find(parseXml(xml), 'quotedStructure').map((q) => squeeze(xmlText(q)));

const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

const expectFaithful = (draft: ParsedDraft, documentText: string, quoted: readonly string[]) => {
  const stream = squeeze(provisionStream(draft.nodes).join(' '));
  expect(stream).toBe(squeeze(documentText));
  for (const quote of quoted) {
    expect(occurrences(stream, quote)).toBe(1);
    const holders = [...walkNodes(draft.nodes)].filter((node) => node.kind === 'ARTICLE' && squeeze(unquote(node.text)).includes(quote));
    expect(holders).toHaveLength(1);
    expect(holders[0].text.split('\n').some(isQuotedLine)).toBe(true);
  }
};

describe('the text of every Akoma Ntoso fixture is the law’s text', () => {
  it.each([
    'ch-sr-172.010.1.akn.xml',
    'drafts/za-constitution-1996-s1-12.akn.xml',
    'drafts/za-constitution-1996-ch1.akn2.xml',
    'drafts/za-constitution-1996-collection.akn.xml',
    'drafts/ke-statute-law-misc-amendments-bill-2016.akn.xml',
    'drafts/eu-com-2025-162-proposal.akn.xml',
  ])('%s', (name) => {
    const xml = fixture(name);
    expectFaithful(parseAknDraft(xml), importedXmlText(xml), quotedTexts(xml));
  });
});

/** Words of a text draft but its title (what else stands before the first provision is its preamble), separators after numbers aside. */
const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];
const sorted = (list: string[]) => [...list].sort();
const withoutTitle = (text: string, draft: ParsedDraft): string => (draft.title === null ? text : text.replace(draft.title, ''));

describe('the text of every plain-text and Word fixture is the law’s text', () => {
  it.each(['drafts/za-constitution-1996-s1-6.txt', 'drafts/eu-gdpr-2016-679-art1-2.txt', 'drafts/uk-working-time-regulations-1998-reg1.txt'])(
    '%s, as text and as a Word document',
    async (name) => {
      const text = fixture(name);
      const fromText = parseTextDraft(text, 'TEXT');
      const wordFile = await Packer.toBuffer(new Document({ sections: [{ children: text.split('\n').map((line) => new Paragraph(line)) }] }));
      const fromWord = await parseDocxDraft(wordFile);
      for (const draft of [fromText, fromWord]) {
        // A heading written above its section is read after the section's number: the words are compared as a whole.
        expect(sorted(words(provisionStream(draft.nodes).join(' ')))).toEqual(sorted(words(withoutTitle(text, draft))));
      }
    },
  );
});

/** Random acts: sections with subsections and lists, some amending another act by quoting a section. */
const word = fc.stringMatching(/^[a-z]{1,8}$/u);
const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => `${ws.join(' ')}.`);
const heading = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' ').replace(/^./u, (c) => c.toUpperCase()));
const section = fc.record({
  heading,
  subsections: fc.array(fc.record({ chapeau: sentence, items: fc.array(sentence, { maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
  quoted: fc.option(fc.record({ heading, text: sentence, listed: fc.boolean() }), { nil: undefined }),
});
const act = fc.array(section, { minLength: 1, maxLength: 8 });
/** Pretty-printing: a line break and indentation anywhere between words, as XML editors wrap text. */
const layout = fc.array(fc.boolean(), { minLength: 64, maxLength: 64 });

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
type Act = ValueOf<typeof act>;

const wrapped = (text: string, breaks: readonly boolean[]) =>
  text
    .split(' ')
    .map((w, i) => (i > 0 && breaks[i % breaks.length] ? `\n        ${w}` : i > 0 ? ` ${w}` : w))
    .join('');

/** What may stand around the body: a preamble (citations, recitals, an enacting formula after them), the signatures, a schedule that amends nothing. */
const surroundings = fc.record({
  preamble: fc.option(
    fc.record({ citations: fc.array(sentence, { maxLength: 3 }), recitals: fc.array(sentence, { maxLength: 4 }), formula: fc.option(sentence, { nil: undefined }) }),
    { nil: undefined },
  ),
  conclusions: fc.option(fc.record({ place: sentence, signatories: fc.array(heading, { minLength: 1, maxLength: 3 }) }), { nil: undefined }),
  schedule: fc.option(fc.record({ heading, blocks: fc.array(sentence, { minLength: 1, maxLength: 3 }), numbered: fc.boolean() }), { nil: undefined }),
});
type Surroundings = ValueOf<typeof surroundings>;

const preambleXml = (preamble: Surroundings['preamble'], breaks: readonly boolean[]) =>
  !preamble
    ? ''
    : `<preamble>\n<citations>${preamble.citations.map((c) => `<citation><p>${wrapped(c, breaks)}</p></citation>`).join('\n')}</citations>\n<recitals><intro><p>Whereas:</p></intro>${preamble.recitals
        .map((r, k) => `\n  <recital eId="rec_${k + 1}"><num>(${k + 1})</num><p>${wrapped(r, breaks)}</p></recital>`)
        .join('')}</recitals>${preamble.formula ? `\n<formula name="enactingFormula"><p>${wrapped(preamble.formula, breaks)}</p></formula>` : ''}\n</preamble>`;

const conclusionsXml = (conclusions: Surroundings['conclusions'], breaks: readonly boolean[]) =>
  !conclusions
    ? ''
    : `\n<conclusions><p>Done at ${wrapped(conclusions.place, breaks)}</p>\n<block name="signatory">${conclusions.signatories
        .map((s) => `\n  <signature><organization>For the ${s}</organization>\n  <role>The President</role></signature>`)
        .join('')}</block></conclusions>`;

const scheduleXml = (schedule: Surroundings['schedule'], breaks: readonly boolean[]) =>
  !schedule
    ? ''
    : `<attachments><attachment eId="att_1"><heading>Schedule</heading><subheading>${schedule.heading}</subheading><doc name="schedule"><mainBody>${schedule.blocks
        .map((b, k) => (schedule.numbered ? `<paragraph eId="att_1__para_${k + 1}"><num>${k + 1}.</num><content><p>${wrapped(b, breaks)}</p></content></paragraph>` : `<p>${wrapped(b, breaks)}</p>`))
        .join('\n')}</mainBody></doc></attachment></attachments>`;

const toAkn = (sections: Act, breaks: readonly boolean[], around: Partial<Surroundings> = {}) => {
  const body = sections
    .map((s, n) => {
      const subsections = s.subsections
        .map(
          (sub, k) =>
            `<subsection eId="sec_${n + 1}__subsec_${k + 1}">\n  <num>(${k + 1})</num>\n  <content>${
              sub.items.length === 0
                ? `<p>${wrapped(sub.chapeau, breaks)}</p>`
                : `<blockList><listIntroduction>${wrapped(sub.chapeau, breaks)}</listIntroduction>${sub.items
                    .map((item, j) => `\n    <item><num>(${String.fromCharCode(97 + j)})</num><p>${wrapped(item, breaks)}</p></item>`)
                    .join('')}</blockList>`
            }</content>\n</subsection>`,
        )
        .join('\n');
      const quotedSection = s.quoted
        ? `<mod><quotedStructure><section eId="q_${n + 1}__sec_1"><num>1.</num><heading>${s.quoted.heading}</heading><content><p>${wrapped(s.quoted.text, breaks)}</p></content></section></quotedStructure></mod>`
        : '';
      const quote = !s.quoted
        ? ''
        : s.quoted.listed
          ? `\n<content><blockList><listIntroduction>The principal Act is amended—</listIntroduction><item><num>(a)</num><p>by substituting the following section—${quotedSection}</p></item>\n<item><num>(b)</num><p>by inserting <mod><quotedText>“${s.quoted.heading}”</quotedText></mod> at the end.</p></item></blockList></content>`
          : `\n<content><p>Substitute the following section—${quotedSection}</p></content>`;
      return `<section eId="sec_${n + 1}">\n<num>${n + 1}.</num>\n<heading>${s.heading}</heading>${quote}\n${s.quoted ? '' : subsections}\n</section>`;
    })
    .join('\n');
  return `<?xml version="1.0"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act>${preambleXml(around.preamble, breaks)}<body>\n${body}\n</body>${conclusionsXml(around.conclusions, breaks)}${scheduleXml(around.schedule, breaks)}</act></akomaNtoso>`;
};

const toText = (sections: Act) =>
  sections
    .map((s, n) =>
      [
        `${n + 1}. ${s.heading}`,
        ...(s.quoted
          ? ['Substitute the following section—', `“1. ${s.quoted.heading}`, `${s.quoted.text}”`]
          : s.subsections.flatMap((sub, k) => [`(${k + 1}) ${sub.chapeau}`, ...sub.items.map((item, j) => `(${String.fromCharCode(97 + j)}) ${item}`)])),
        '',
      ].join('\n'),
    )
    .join('\n');

describe('the text of any act is the law’s text (property)', () => {
  it('in Akoma Ntoso, whatever the layout of the file, its preamble, signatures and schedule included', () => {
    fc.assert(
      fc.property(act, layout, surroundings, (sections, breaks, around) => {
        const xml = toAkn(sections, breaks, around);
        const draft = parseAknDraft(xml);
        // Recitals are never units; a schedule's numbered blocks are.
        expect(draft.articleCount).toBe(sections.length + (around.schedule?.numbered ? around.schedule.blocks.length : 0));
        const units = draft.nodes.filter((node) => node.kind === 'ARTICLE');
        // An amending list is one paragraph per amendment.
        sections.forEach((s, n) => {
          if (s.quoted?.listed) expect(units[n].children.map((child) => child.number)).toEqual([null, '(a)', '(b)']);
        });
        // The signatures close the body, a provision of their own, one line each.
        const conclusions = draft.nodes.filter((node) => node.kind === 'CONCLUSIONS');
        expect(conclusions.map((node) => node.text.split('\n').length)).toEqual(around.conclusions ? [1 + around.conclusions.signatories.length] : []);
        const recitals = [...walkNodes(draft.nodes)].filter((node) => node.kind === 'RECITAL');
        expect(recitals.map((recital) => recital.number)).toEqual((around.preamble?.recitals ?? []).map((_, k) => `(${k + 1})`));
        expectFaithful(draft, importedXmlText(xml), quotedTexts(xml));
        // A line of the file is never a line of the text: each line of a unit is one block of the document.
        const lines = [...walkNodes(draft.nodes)].flatMap((node) => node.text.split('\n')).filter(Boolean);
        expect(lines.every((line) => !/\s{2}/u.test(line))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('in plain text numbered "1. Heading", with a title and a preamble before the first section and the signatures after the last', () => {
    // What may stand before the first section: a title, then recitals and short lines (which may read as a heading).
    const front = fc.record({
      title: fc.option(heading.map((h) => `The ${h} Act`), { nil: undefined }),
      lines: fc.array(fc.oneof(sentence.map((t) => `Whereas ${t}`), heading.map((h) => `Considering ${h}`)), { maxLength: 3 }),
      closing: fc.option(fc.record({ place: sentence, signatories: fc.array(heading, { minLength: 1, maxLength: 3 }) }), { nil: undefined }),
    });
    fc.assert(
      fc.property(act, front, (sections, { title, lines, closing }) => {
        const before = [...(title ? [title] : []), ...lines];
        const after = closing ? ['', `Done at ${closing.place}`, ...closing.signatories.flatMap((s) => ['', `For the ${s}`, 'The President'])] : [];
        const text = [...before, ...(before.length > 0 ? [''] : []), toText(sections), ...after].join('\n');
        const draft = parseTextDraft(text, 'TEXT');
        // The first line is the title (without its full stop); every other line before the first section is the preamble's, and no unit.
        expect(draft.title).toBe(before[0]?.replace(/\.$/u, '') ?? null);
        const preamble = before.length > 1 ? draft.nodes[0] : null;
        const units = (before.length > 1 ? draft.nodes.slice(1) : draft.nodes).filter((node) => node.kind !== 'CONCLUSIONS');
        // The signatures close the draft: the place and date, then one block per signatory.
        const conclusions = draft.nodes.filter((node) => node.kind === 'CONCLUSIONS');
        expect(conclusions.map((node) => node.text.split('\n\n').length)).toEqual(closing ? [1 + closing.signatories.length] : []);
        if (preamble) expect([preamble.kind, preamble.text.replace(/\s+/gu, ' ')]).toEqual(['PREAMBLE', before.slice(1).join(' ')]);
        expect(draft.articleCount).toBe(sections.length);
        expect(units.map((node) => node.heading)).toEqual(sections.map((s) => s.heading));
        expect(sorted(words(provisionStream(draft.nodes).join(' ')))).toEqual(sorted(words(withoutTitle(text, draft))));
        sections.forEach((s, n) => {
          if (s.quoted) expect(units[n].text.split('\n').filter(isQuotedLine)).toHaveLength(2);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('in plain text in parts, with an introduction under a part and the headings above their sections', () => {
    const part = fc.record({ heading, intro: fc.option(sentence, { nil: undefined }), sections: act });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 3 }), (parts) => {
        let n = 0;
        const text = parts
          .map((p, k) =>
            [
              `Part ${k + 1}`,
              p.heading,
              ...(p.intro ? [p.intro] : []),
              ...p.sections.flatMap((s) => {
                n += 1;
                const body = s.subsections.flatMap((sub, j) => [`(${j + 1}) ${sub.chapeau}`, ...sub.items.map((item, m) => `(${String.fromCharCode(97 + m)}) ${item}`)]);
                return [s.heading, `${n}.—${body[0]}`, ...body.slice(1)];
              }),
            ].join('\n'),
          )
          .join('\n');
        const draft = parseTextDraft(text, 'TEXT');
        expect(draft.nodes.map((node) => [node.kind, node.heading])).toEqual(parts.map((p) => ['PART', p.heading]));
        expect(draft.nodes.flatMap((node) => node.children.map((unit) => unit.heading))).toEqual(parts.flatMap((p) => p.sections.map((s) => s.heading)));
        expect(sorted(words(provisionStream(draft.nodes).join(' ')))).toEqual(sorted(words(text)));
      }),
      { numRuns: 150 },
    );
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { parseAknDraft } from './akn.parser';
import { type ParsedNode, walkNodes } from './parsed-draft';

/** Emphasis, references and definitions are kept beside the text as ranges of it; the text stays as it was. */

const FIXTURES = resolve(__dirname, '../../../../test/fixtures');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

const akn3 = (body: string) =>
  `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="x"><body>${body}</body></act></akomaNtoso>`;

const INLINE = /<\/?(?:[\w-]+:)?(?:b|i|u|sup|sub|ref|def|term)\b[^>]*>/gu;
/** The same file with its inline marks unwrapped: what the text was read as before marks were kept. */
const unmarked = (xml: string) => xml.replace(INLINE, '');

const texts = (nodes: readonly ParsedNode[]) => [...walkNodes(nodes)].map((node) => [node.key, node.text]);
const marked = (nodes: readonly ParsedNode[]) =>
  [...walkNodes(nodes)].flatMap((node) => (node.marks ?? []).map((mark) => ({ ...mark, text: node.text.slice(mark.start, mark.end), key: node.key })));

describe('inline marks in Akoma Ntoso', () => {
  const section = akn3(`<section eId="sec_1"><num>1.</num><heading>Definitions</heading>
    <subsection eId="sec_1__subsec_1"><num>(1)</num><content><p>In this Act
      <def refersTo="#worker">“worker”</def> means a person who <b>must</b> be paid, and <i>does not</i> include
      a <term refersTo="#contractor">contractor</term> under <ref href="#sec_2">section 2</ref> or the
      <ref href="/akn/za/act/1995/66">Labour Relations Act</ref>.</p></content></subsection></section>
    <section eId="sec_2"><num>2.</num><content><p>Text.</p></content></section>`);
  const draft = parseAknDraft(section);
  const subsection = [...walkNodes(draft.nodes)].find((node) => node.key === 'sec_1__subsec_1')!;

  it('keeps the text as plain text', () => {
    expect(subsection.text).toBe(
      'In this Act “worker” means a person who must be paid, and does not include a contractor under section 2 or the Labour Relations Act.',
    );
  });

  it('marks emphasis, a definition, a term and references where their words are', () => {
    expect(marked([subsection]).map(({ kind, text }) => [kind, text])).toEqual([
      ['DEFINITION', '“worker”'],
      ['STRONG', 'must'],
      ['EMPHASIS', 'does not'],
      ['TERM', 'contractor'],
      ['REFERENCE', 'section 2'],
      ['REFERENCE', 'Labour Relations Act'],
    ]);
  });

  it('names the provision a reference points to inside the draft, and none outside it', () => {
    const references = marked([subsection]).filter((mark) => mark.kind === 'REFERENCE');
    expect(references.map((mark) => mark.target)).toEqual(['sec_2', null]);
  });

  it('gives the unit the marks of its paragraphs, at their place in its text', () => {
    const unit = draft.nodes[0];
    expect(marked([{ ...unit, children: [] }]).map((mark) => mark.text)).toEqual(['“worker”', 'must', 'does not', 'contractor', 'section 2', 'Labour Relations Act']);
  });

  it('keeps no marks in numbers, headings or notes', () => {
    const xml = akn3(`<section eId="sec_1"><num><b>1.</b></num><heading><i>Scope</i></heading><content><p>Text<authorialNote><p><b>n</b></p></authorialNote>.</p></content></section>`);
    const [unit] = parseAknDraft(xml).nodes;
    expect(unit).toMatchObject({ number: '1.', heading: 'Scope', text: 'Text.', notes: ['n'] });
    expect(unit.marks).toBeUndefined();
  });

  it.each([
    'ch-sr-172.010.1.akn.xml',
    'drafts/za-constitution-1996-s1-12.akn.xml',
    'drafts/za-constitution-1996-ch1.akn2.xml',
    'drafts/za-constitution-1996-collection.akn.xml',
    'drafts/ke-statute-law-misc-amendments-bill-2016.akn.xml',
    'drafts/eu-com-2025-162-proposal.akn.xml',
  ])('leaves the text of %s as it reads without them', (name) => {
    const xml = fixture(name);
    expect(texts(parseAknDraft(xml).nodes)).toEqual(texts(parseAknDraft(unmarked(xml)).nodes));
  });

  it('marks the Swiss ordinance’s italic letters and superscripts in its paragraphs (its bold and links are in numbers and notes)', () => {
    const all = marked(parseAknDraft(fixture('ch-sr-172.010.1.akn.xml')).nodes);
    const marks = all.filter((mark) => /para/u.test(mark.key) && !/^annex_/u.test(mark.key));
    expect(marks).toContainEqual(expect.objectContaining({ key: 'art_8_e/para_2', kind: 'SUPERSCRIPT', text: 'bis' }));
    expect(new Set(marks.map((mark) => mark.kind))).toEqual(new Set(['EMPHASIS', 'SUPERSCRIPT']));
    // Its annexes' tables set their row numbers in bold.
    expect(all).toContainEqual(expect.objectContaining({ key: 'annex_1/lvl_u1/para_u3', kind: 'STRONG', text: '1.' }));
  });

  it('marks the definition the Kenyan bill quotes, inside its quotation', () => {
    const marks = marked(parseAknDraft(fixture('drafts/ke-statute-law-misc-amendments-bill-2016.akn.xml')).nodes);
    expect(marks).toContainEqual(expect.objectContaining({ kind: 'DEFINITION', text: 'unqualified person' }));
  });

  it('marks a reference of the South African Constitution to its schedule as pointing there (it is imported), one to a section left out as pointing nowhere', () => {
    const marks = marked(parseAknDraft(fixture('drafts/za-constitution-1996-s1-12.akn.xml')).nodes);
    const references = marks.filter((mark) => mark.kind === 'REFERENCE').map((mark) => [mark.text, mark.target]);
    expect(references).toContainEqual(['Schedule 1', 'att_1']);
    expect(references).toContainEqual(['section 36', null]);
  });

  /** Words, some wrapped in inline marks (nested too), with white space of any layout between and inside. */
  const space = fc.constantFrom('', ' ', '\n      ', '  ');
  const word = fc.constantFrom('worker', 'pay', '(a)', 'section', '5', '—', '“term”');
  const run: fc.Arbitrary<string> = fc.letrec<{ run: string }>((tie) => ({
    run: fc.oneof(
      { depthSize: 'small' },
      fc.tuple(space, word, space).map((parts) => parts.join('')),
      fc.tuple(fc.constantFrom('b', 'i', 'u', 'def', 'term', 'ref href="#sec_1"'), fc.array(tie('run'), { minLength: 1, maxLength: 3 }), space).map(
        ([tag, inner, after]) => `<${tag}>${inner.join('')}</${tag.split(' ')[0]}>${after}`,
      ),
    ),
  })).run;
  const paragraphs = fc.array(fc.array(run, { minLength: 1, maxLength: 6 }).map((runs) => `<p>${runs.join('')}</p>`), { minLength: 1, maxLength: 3 });

  it('leaves any text as it reads without them, and each mark on its element’s words', () => {
    fc.assert(
      fc.property(paragraphs, (ps) => {
        const xml = akn3(`<section eId="sec_1"><num>1.</num><content>${ps.join('\n')}</content></section>`);
        const draft = parseAknDraft(xml);
        expect(texts(draft.nodes)).toEqual(texts(parseAknDraft(unmarked(xml)).nodes));
        for (const mark of marked(draft.nodes)) {
          expect(mark.text).toBe(mark.text.trim());
          expect(mark.text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

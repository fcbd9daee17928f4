import { AKN_NAMESPACE } from '../minutes/export/minutes-akn';
import { OUTCOME_CONCEPTS, PLATFORM_REF } from '../minutes/export/minutes-akn.references';
import { buildXml, el, type XmlNode } from '../minutes/export/xml-nodes';
import type { Agreement, AgreedTextDocument, DraftedProvision } from './agreed-text.document';
import { agreedTextDay } from './agreed-text.labels';
import { EIds, eIdPrefix } from './agreed-text-eids';

const TRIPART_NAMESPACE = 'urn:tripart:agreed-text:1';

/** The Akoma Ntoso element of each container kind. */
const CONTAINERS: Record<string, string> = { PART: 'part', TITLE: 'title', CHAPTER: 'chapter', SECTION: 'section', DIVISION: 'division' };
/** A unit's element by its eId's prefix ("sec_3" is a common-law section); anything else is an article or a paragraph. */
const UNITS: Record<string, string> = { art: 'article', sec: 'section', rule: 'rule', cl: 'clause', para: 'paragraph', subpara: 'subparagraph', subsec: 'subsection', point: 'point', alinea: 'alinea', indent: 'indent', subclause: 'subclause', subrule: 'subrule', level: 'level' };
/** A kind Akoma Ntoso has no element for in a bill's body: an `hcontainer` of that name. */
const NAMED: Record<string, string> = { SCHEDULE: 'schedule', PREAMBLE: 'preamble', CONCLUSIONS: 'conclusions', RECITAL: 'recital', reg: 'regulation' };

const day = (at: Date) => at.toISOString().slice(0, 10);
const lines = (text: string) => text.split(/\n+/u).map((line) => line.trim()).filter(Boolean);
const ISO_639_2: Record<string, string> = { en: 'eng', fr: 'fra', es: 'spa', ar: 'ara', pt: 'por', de: 'deu', it: 'ita', ru: 'rus', zh: 'zho' };

class AgreedTextAkn {
  private readonly eIds = new EIds();
  private readonly children = new Map<string | null, DraftedProvision[]>();
  /** The note of each agreed provision, in document order. */
  private readonly notes: Array<{ eId: string; provisionEId: string; agreement: Agreement }> = [];

  constructor(private readonly document: AgreedTextDocument) {
    const ids = new Set(document.provisions.map((provision) => provision.id));
    for (const provision of document.provisions) {
      const parent = provision.parentId && ids.has(provision.parentId) ? provision.parentId : null;
      this.children.set(parent, [...(this.children.get(parent) ?? []), provision]);
    }
  }

  build(): string {
    const top = this.children.get(null) ?? [];
    const preambles = top.filter((p) => p.kind === 'PREAMBLE');
    const conclusions = top.filter((p) => p.kind === 'CONCLUSIONS');
    const preamble = preambles.length ? el('preamble', {}, preambles.flatMap((p) => this.preamble(p))) : null;
    const body = el('body', {}, top.filter((p) => p.kind !== 'PREAMBLE' && p.kind !== 'CONCLUSIONS').map((p) => this.unit(p)));
    const closing = conclusions.length ? el('conclusions', {}, conclusions.flatMap((p) => this.paragraphs(p))) : null;
    // The meta names the notes the body points to: the body is built first.
    return buildXml(el('akomaNtoso', { xmlns: AKN_NAMESPACE }, [el('bill', { name: 'agreedText' }, [this.meta(), this.preface(), preamble, body, closing])]));
  }

  private meta(): XmlNode {
    const { document } = this;
    const { labels } = document;
    const country = document.dossier.countryCode.toLowerCase();
    const work = `/akn/${country}/bill/${day(document.draft.createdAt)}/dossier-${document.dossier.id}`;
    const language = ISO_639_2[(document.draft.language ?? '').slice(0, 2).toLowerCase()] ?? labels.iso639_2;
    const expression = `${work}/${language}@v${document.draft.version}`;
    const author = el('FRBRauthor', { href: PLATFORM_REF });
    const latest = [...document.agreements.values()].reduce<Date>((at, a) => (a.recordedAt > at ? a.recordedAt : at), document.draft.createdAt);
    return el('meta', {}, [
      el('identification', { source: PLATFORM_REF }, [
        el('FRBRWork', {}, [el('FRBRthis', { value: `${work}/!main` }), el('FRBRuri', { value: work }), el('FRBRdate', { date: day(document.draft.createdAt), name: 'draft' }), author, el('FRBRcountry', { value: country })]),
        el('FRBRExpression', {}, [
          el('FRBRthis', { value: `${expression}/!main` }), el('FRBRuri', { value: expression }), el('FRBRdate', { date: day(latest), name: 'agreed' }), author,
          el('FRBRversionNumber', { value: String(document.draft.version) }), el('FRBRlanguage', { language }),
        ]),
        el('FRBRManifestation', {}, [el('FRBRthis', { value: `${expression}/!main.xml` }), el('FRBRuri', { value: `${expression}.akn` }), el('FRBRdate', { date: day(document.exportedAt), name: 'exported' }), author]),
      ]),
      el('references', { source: PLATFORM_REF }, [
        el('TLCOrganization', { eId: 'tripart', href: '/akn/ontology/organization/tripart', showAs: 'Tripart' }),
        ...Object.entries(OUTCOME_CONCEPTS).map(([kind, eId]) => el('TLCConcept', { eId, href: `/akn/ontology/concept/tripart.outcome.${eId}`, showAs: labels.outcomes[kind as keyof typeof OUTCOME_CONCEPTS] })),
      ]),
      this.notes.length
        ? el('notes', { source: PLATFORM_REF }, this.notes.map((note) => el('note', { eId: note.eId }, [el('p', {}, [this.said(note.agreement)])])))
        : null,
      el('proprietary', { source: PLATFORM_REF }, [
        el('tripart:agreedText', { 'xmlns:tripart': TRIPART_NAMESPACE, dossier: document.dossier.id, draft: document.draft.id, draftVersion: document.draft.version }, this.notes.map(({ provisionEId, agreement }) =>
          el('tripart:agreement', {
            provision: provisionEId, outcome: agreement.outcome, outcomeId: agreement.outcomeId, session: agreement.session.id,
            recordedAt: agreement.recordedAt.toISOString(), draftVersion: agreement.draftVersion,
          }),
        )),
      ]),
    ]);
  }

  private said(agreement: Agreement): string {
    const { labels } = this.document;
    const said = labels.agreed(agreement.session.title, agreedTextDay(labels, agreement.recordedAt), labels.outcomes[agreement.outcome]);
    return agreement.draftVersion === this.document.draft.version ? said : `${said} ${labels.agreedOnVersion(agreement.draftVersion)}`;
  }

  private preface(): XmlNode {
    const { document } = this;
    const { labels } = document;
    // Units are counted (articles, recitals): one is agreed when its text, or one of its paragraphs', is.
    const units = document.provisions.filter((p) => p.kind === 'ARTICLE' || p.kind === 'RECITAL');
    const agreed = new Set(document.provisions.flatMap((p) => (document.agreements.has(p.id) ? [p.id, p.parentId] : [])));
    return el('preface', {}, [
      el('p', { class: 'title' }, [el('docTitle', {}, [labels.title(document.dossier.title)])]),
      el('p', {}, [labels.version(document.draft.version, agreedTextDay(labels, document.draft.createdAt))]),
      el('p', {}, [labels.summary(units.filter((p) => agreed.has(p.id)).length, units.length)]),
    ]);
  }

  /** A provision of the body: its element, number and heading, then its text (the agreed one where recorded) or its units. */
  private unit(provision: DraftedProvision): XmlNode {
    const eId = this.eIds.of(provision.key);
    const agreement = this.document.agreements.get(provision.id);
    const named = NAMED[provision.kind] ?? NAMED[eIdPrefix(eId)];
    const tag = CONTAINERS[provision.kind] ?? (named ? 'hcontainer' : (UNITS[eIdPrefix(eId)] ?? (provision.kind === 'PARAGRAPH' ? 'paragraph' : 'article')));
    const attributes = { eId, name: tag === 'hcontainer' ? named : undefined, refersTo: agreement ? `#${OUTCOME_CONCEPTS[agreement.outcome]}` : undefined };
    const label = [provision.number ? el('num', {}, [provision.number]) : null, provision.heading ? el('heading', {}, [provision.heading]) : null];
    const children = this.children.get(provision.id) ?? [];
    const isContainer = tag === 'hcontainer' || Boolean(CONTAINERS[provision.kind]);
    if (isContainer) {
      const intro = this.blocks(agreement?.agreedText ?? provision.text, agreement ? this.noteRef(eId, agreement) : null);
      return el(tag, attributes, [...label, intro.length ? el('intro', {}, intro) : null, ...children.map((child) => this.unit(child))]);
    }
    if (!agreement && children.length) return el(tag, attributes, [...label, ...children.map((child) => this.unit(child))]);
    // An agreed text stands for the whole unit: its paragraphs as drafted are what was replaced.
    const text = this.blocks(agreement?.agreedText ?? provision.text, agreement ? this.noteRef(eId, agreement) : null);
    return el(tag, attributes, [...label, el('content', {}, text.length ? text : [el('p')])]);
  }

  /** The preamble's own text, then its recitals. */
  private preamble(provision: DraftedProvision): XmlNode[] {
    const recitals = (this.children.get(provision.id) ?? []).map((recital) => {
      const eId = this.eIds.of(recital.key);
      const agreement = this.document.agreements.get(recital.id);
      const text = this.blocks(agreement?.agreedText ?? recital.text, agreement ? this.noteRef(eId, agreement) : null);
      return el('recital', { eId, refersTo: agreement ? `#${OUTCOME_CONCEPTS[agreement.outcome]}` : undefined }, [recital.number ? el('num', {}, [recital.number]) : null, ...(text.length ? text : [el('p')])]);
    });
    return [...this.paragraphs(provision), recitals.length ? el('recitals', { eId: this.eIds.of(`${provision.key}/recitals`) }, recitals) : null].filter((node): node is XmlNode => node !== null);
  }

  /** A provision's own text as paragraphs (the preamble's formulas, the conclusions' place and date). */
  private paragraphs(provision: DraftedProvision): XmlNode[] {
    const agreement = this.document.agreements.get(provision.id);
    return this.blocks(agreement?.agreedText ?? provision.text, agreement ? this.noteRef(this.eIds.of(provision.key), agreement) : null);
  }

  /** One `p` per line of text; the note saying where it was agreed, pointed to from its first. */
  private blocks(text: string, noteRef: XmlNode | null): XmlNode[] {
    return lines(text).map((line, index) => el('p', {}, [line, index === 0 ? noteRef : null]));
  }

  private noteRef(provisionEId: string, agreement: Agreement): XmlNode {
    const eId = `note_${this.notes.length + 1}`;
    this.notes.push({ eId, provisionEId, agreement });
    return el('noteRef', { href: `#${eId}`, marker: String(this.notes.length), placement: 'bottom' });
  }
}

/** A dossier's newest draft with the agreed texts, as an Akoma Ntoso 3.0 `bill` valid against the OASIS schema. */
export const toAgreedTextAkn = (document: AgreedTextDocument): string => new AgreedTextAkn(document).build();

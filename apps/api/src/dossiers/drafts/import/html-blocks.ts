import { decodeEntities } from './entities';
import type { TextBlock } from './text-block';

/**
 * Turns the HTML mammoth makes of a Word document into text blocks: one per paragraph, heading, list item or
 * table row, with Word's automatic list numbers written out and footnotes moved from the text to the blocks' notes.
 * Mammoth's HTML is small and regular (it escapes text and closes every tag), so a tokenizer is enough.
 */

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/gu;
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
const NOTE_ITEM = /\bid="((?:footnote|endnote)-\d+)"/u;
const NOTE_REF = /\bhref="#((?:footnote|endnote)-\d+)"/u;

interface PendingBlock {
  parts: string[];
  heading: boolean;
  noteIds: string[];
  listPrefix: string | null;
}

interface ListLevel {
  ordered: boolean;
  count: number;
}

export const htmlToBlocks = (html: string): TextBlock[] => {
  const reader = new HtmlBlockReader();
  for (const match of html.matchAll(TOKEN)) {
    const [, closing, tag, attributes, text] = match;
    if (text !== undefined) reader.text(decodeEntities(text));
    else if (closing) reader.close(tag.toLowerCase());
    else reader.open(tag.toLowerCase(), attributes);
  }
  return reader.finish();
};

class HtmlBlockReader {
  private readonly blocks: Array<TextBlock & { noteIds: string[] }> = [];
  private readonly notes = new Map<string, string[]>();
  private readonly lists: ListLevel[] = [];
  private current: PendingBlock | null = null;
  private noteId: string | null = null;
  private skippingLink = false;
  private tableDepth = 0;
  private cells: string[] = [];

  open(tag: string, attributes: string): void {
    if (tag === 'a') return this.openLink(attributes);
    if (tag === 'br') return this.breakLine();
    if (tag === 'ol' || tag === 'ul') return void this.lists.push({ ordered: tag === 'ol', count: 0 });
    if (tag === 'table') this.tableDepth += 1;
    if (this.tableDepth > 0) return this.openInTable(tag);
    if (tag === 'li') return this.openListItem(attributes);
    if (BLOCK_TAGS.has(tag)) this.startBlock(/^h\d$/u.test(tag), null);
  }

  close(tag: string): void {
    if (tag === 'a') this.skippingLink = false;
    else if (tag === 'ol' || tag === 'ul') this.lists.pop();
    else if (tag === 'table') this.tableDepth = Math.max(0, this.tableDepth - 1);
    else if (this.tableDepth > 0) this.closeInTable(tag);
    else if (tag === 'li' && this.noteId) this.noteId = null;
    else if (BLOCK_TAGS.has(tag)) this.endBlock();
  }

  text(text: string): void {
    if (this.skippingLink) return;
    if (this.noteId) return void this.notes.get(this.noteId)?.push(text);
    if (this.tableDepth > 0) return void this.cells.push(text);
    this.current ??= { parts: [], heading: false, noteIds: [], listPrefix: null };
    this.current.parts.push(text);
  }

  finish(): TextBlock[] {
    this.endBlock();
    return this.blocks.map(({ noteIds, ...block }) => {
      const notes = noteIds.map((id) => collapse((this.notes.get(id) ?? []).join(''))).filter(Boolean);
      return notes.length > 0 ? { ...block, notes } : block;
    });
  }

  private openLink(attributes: string): void {
    // A footnote reference "[1]" and the footnote's "↑" back link are navigation, not text.
    const ref = NOTE_REF.exec(attributes);
    if (ref && !this.noteId) this.current?.noteIds.push(ref[1]);
    if (ref || /\bhref="#(?:footnote|endnote)-ref-/u.test(attributes)) this.skippingLink = true;
  }

  private openListItem(attributes: string): void {
    const note = NOTE_ITEM.exec(attributes);
    if (note) {
      this.endBlock();
      this.noteId = note[1];
      this.notes.set(note[1], []);
      return;
    }
    const level = this.lists.at(-1);
    if (level) level.count += 1;
    this.startBlock(false, level?.ordered ? listPrefix(this.lists.length - 1, level.count) : null);
  }

  private openInTable(tag: string): void {
    if (tag === 'td' || tag === 'th') this.cells.push('\u0000');
  }

  private closeInTable(tag: string): void {
    if (tag === 'p') this.cells.push(' ');
    if (tag !== 'tr') return;
    const row = this.cells
      .join('')
      .split('\u0000')
      .map(collapse)
      .filter(Boolean)
      .join(' | ');
    this.cells = [];
    if (row) this.blocks.push({ text: row, row: true, noteIds: [] });
  }

  private breakLine(): void {
    if (this.noteId || this.tableDepth > 0) return this.text(' ');
    const pending = this.current;
    this.endBlock();
    if (pending) this.startBlock(pending.heading, null);
  }

  private startBlock(heading: boolean, prefix: string | null): void {
    if (this.noteId) return;
    this.endBlock();
    this.current = { parts: [], heading, noteIds: [], listPrefix: prefix };
  }

  private endBlock(): void {
    const pending = this.current;
    this.current = null;
    if (!pending) return;
    const text = collapse(pending.parts.join(''));
    if (!text) return void this.blocks.at(-1)?.noteIds.push(...pending.noteIds);
    // Word's automatic numbering is not in the text; write it out unless the text carries its own number.
    const numbered = pending.listPrefix && !/^(?:\(?\w{1,3}[.)])\s/u.test(text) ? `${pending.listPrefix} ${text}` : text;
    this.blocks.push({ text: numbered, heading: pending.heading || undefined, noteIds: pending.noteIds });
  }
}

const listPrefix = (depth: number, count: number): string =>
  depth === 0 ? `${count}.` : `(${String.fromCharCode(96 + Math.min(count, 26))})`;

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

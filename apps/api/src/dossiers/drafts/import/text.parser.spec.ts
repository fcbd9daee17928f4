import { parseTextDraft } from './text.parser';

const lines = (...text: string[]) => text.join('\n');

describe('parseTextDraft', () => {
  it('reads chapters as containers holding their articles', () => {
    const draft = parseTextDraft(
      lines('Labour Code (amendment)', '', 'Chapter I', 'General provisions', '', 'Article 1', 'Scope', '', 'This Code applies to all workers.', '', 'Chapter II', '', 'Article 2', '', 'Wages are paid monthly.'),
      'TEXT',
    );
    expect(draft.nodes.map((n) => [n.kind, n.key, n.number, n.heading, n.children.map((c) => c.key)])).toEqual([
      ['CHAPTER', 'chp_1', 'Chapter I', 'General provisions', ['art_1']],
      ['CHAPTER', 'chp_2', 'Chapter II', null, ['art_2']],
    ]);
  });

  it('takes the first line before any provision as the title', () => {
    expect(parseTextDraft(lines('Labour Code (amendment)', '', 'Article 1', 'Text.'), 'TEXT').title).toBe('Labour Code (amendment)');
  });

  it('reads a heading on the line below the article number', () => {
    const [article] = parseTextDraft(lines('Article 1', 'Scope', 'This Code applies to all workers.'), 'TEXT').nodes;
    expect([article.heading, article.text]).toEqual(['Scope', 'This Code applies to all workers.']);
  });

  it('does not take the first sentence of the body for a heading', () => {
    const [article] = parseTextDraft(lines('Article 2', 'The employer shall pay wages at regular intervals.'), 'TEXT').nodes;
    expect([article.heading, article.text]).toEqual([null, 'The employer shall pay wages at regular intervals.']);
  });

  it('does not take a wrapped first line for a heading', () => {
    const [article] = parseTextDraft(lines('Article 2', 'The employer shall pay wages', 'at regular intervals.'), 'TEXT').nodes;
    expect([article.heading, article.text]).toEqual([null, 'The employer shall pay wages at regular intervals.']);
  });

  it('reads a heading on the same line after a separator', () => {
    const [article] = parseTextDraft(lines('Artículo 3. Fuentes de la relación laboral.', '1. Los derechos se regulan por la ley.'), 'TEXT').nodes;
    expect([article.number, article.heading]).toEqual(['Artículo 3', 'Fuentes de la relación laboral']);
  });

  it('keeps a long sentence after the number as body text', () => {
    const [article] = parseTextDraft(
      lines('Article 1er. - Le présent code est applicable aux employeurs de droit privé ainsi qu’à leurs salariés.'),
      'TEXT',
    ).nodes;
    expect([article.key, article.heading, article.text]).toEqual([
      'art_1',
      null,
      'Le présent code est applicable aux employeurs de droit privé ainsi qu’à leurs salariés.',
    ]);
  });

  it('splits an article into its numbered paragraphs', () => {
    const [article] = parseTextDraft(lines('Article 12', '(1) Every worker has a right to rest.', '(2) Rest lasts 24 hours.'), 'TEXT').nodes;
    expect(article.children.map((p) => [p.kind, p.key, p.number, p.text])).toEqual([
      ['PARAGRAPH', 'art_12/para_1', '(1)', 'Every worker has a right to rest.'],
      ['PARAGRAPH', 'art_12/para_2', '(2)', 'Rest lasts 24 hours.'],
    ]);
  });

  it('joins the paragraphs of an article with a blank line', () => {
    const [article] = parseTextDraft(lines('Article 12', '1. One.', '2. Two.'), 'TEXT').nodes;
    expect(article.text).toBe('One.\n\nTwo.');
  });

  it('keeps lettered points inside the numbered paragraph they belong to', () => {
    const [article] = parseTextDraft(lines('Article 4', '1. The employer shall:', '(a) pay wages;', '(b) keep records.', '2. Next.'), 'TEXT').nodes;
    expect(article.children.map((p) => p.text)).toEqual(['The employer shall:\n(a) pay wages;\n(b) keep records.', 'Next.']);
  });

  it('takes lettered points as the paragraphs when the article starts with them', () => {
    const [article] = parseTextDraft(lines('Article 4', '(a) first;', '(b) second.'), 'TEXT').nodes;
    expect(article.children.map((p) => p.key)).toEqual(['art_4/para_a', 'art_4/para_b']);
  });

  it('keeps the text before the first numbered paragraph as an unnumbered paragraph', () => {
    const [article] = parseTextDraft(lines('Article 4', 'The following rules apply:', '', '1. One.'), 'TEXT').nodes;
    expect(article.children.map((p) => [p.key, p.number])).toEqual([
      ['art_4/para_u1', null],
      ['art_4/para_1', '1.'],
    ]);
  });

  it('normalises "Article premier" and "bis" numbers in keys', () => {
    const draft = parseTextDraft(lines('Article premier', 'Texte.', 'Article 3 bis', 'Texte.'), 'TEXT');
    expect(draft.nodes.map((n) => n.key)).toEqual(['art_1', 'art_3bis']);
  });

  it('dedupes a repeated article number and warns about it', () => {
    const draft = parseTextDraft(lines('Article 5', 'One.', 'Article 5', 'Two.'), 'TEXT');
    expect(draft.nodes.map((n) => n.key)).toEqual(['art_5', 'art_5_2']);
    expect(draft.warnings).toEqual([{ reason: 'DUPLICATE_NUMBER', params: { number: 'Article 5', key: 'art_5_2' } }]);
  });

  it('nests sections inside chapters and keys them under the chapter', () => {
    const draft = parseTextDraft(
      lines('Capítulo II', 'Sección 1', 'Artículo 5', 'Texto.', 'Sección 2', 'Artículo 6', 'Texto.', 'Capítulo III', 'Artículo 7', 'Texto.'),
      'TEXT',
    );
    expect(draft.nodes.map((n) => [n.key, n.children.map((c) => [c.key, c.children.map((a) => a.key)])])).toEqual([
      ['chp_2', [['chp_2/sec_1', ['art_5']], ['chp_2/sec_2', ['art_6']]]],
      ['chp_3', [['art_7', []]]],
    ]);
  });

  it('puts a higher container beside, not inside, a lower one', () => {
    const draft = parseTextDraft(lines('Chapitre I', 'Article 1', 'Texte.', 'Titre II', 'Article 2', 'Texte.'), 'TEXT');
    expect(draft.nodes.map((n) => [n.kind, n.key])).toEqual([
      ['CHAPTER', 'chp_1'],
      ['TITLE', 'title_2'],
    ]);
  });

  it('counts articles', () => {
    expect(parseTextDraft(lines('Article 1', 'A.', 'Article 2', 'B.'), 'TEXT').articleCount).toBe(2);
  });

  it('keeps Unicode text as it is', () => {
    const [article] = parseTextDraft(lines('Article 1', 'Le salarié reçoit « 100 € » — ça va ✓.'), 'TEXT').nodes;
    expect(article.text).toBe('Le salarié reçoit « 100 € » — ça va ✓.');
  });

  it('reads numbered sections as articles when a draft has no article at all', () => {
    const draft = parseTextDraft(lines('Section 1. Interpretation', 'In this Act…', 'Section 2. Application', 'This Act applies…'), 'TEXT');
    expect([draft.articleCount, draft.nodes.map((n) => [n.kind, n.key, n.heading])]).toEqual([
      2,
      [
        ['ARTICLE', 'sec_1', 'Interpretation'],
        ['ARTICLE', 'sec_2', 'Application'],
      ],
    ]);
  });

  it('guesses the language from common words', () => {
    const draft = parseTextDraft(
      lines('Artículo 1', 'El presente código se aplica a los trabajadores y a las empresas que por su cuenta y con sus medios contraten del país.'),
      'TEXT',
    );
    expect(draft.language).toBe('es');
  });
});

describe('parseTextDraft on a draft numbered "1 Short title" (New Zealand, Australia)', () => {
  const draft = parseTextDraft(
    lines(
      'Employment Standards Bill',
      'Part 1',
      'Preliminary provisions',
      '1 Short title',
      'This Act is the Employment Standards Act 2026.',
      '2 Commencement',
      'This Act comes into force on the day after the date of Royal assent.',
      '1 January 2027 is the date by which every employer must comply with Part 2.',
      'Part 2',
      'Wages',
      '3 Interpretation',
      'In this Act,—',
      '1 employer means a person who employs a worker',
      '2 worker means a person employed by an employer',
      '4 Payment of wages',
      '(1) An employer must pay wages at least monthly.',
      '(2) Wages are paid in money.',
      '7 Records',
      'The employer keeps a record of every payment.',
      '5 Records',
      'Every employer must keep a record of the wages paid.',
    ),
    'TEXT',
  );
  const units = draft.nodes.flatMap((part) => part.children);

  it('reads each "1 Short title" line as a section with its heading, in its part', () => {
    expect(draft.nodes.map((node) => [node.kind, node.number, node.heading])).toEqual([
      ['PART', 'Part 1', 'Preliminary provisions'],
      ['PART', 'Part 2', 'Wages'],
    ]);
    expect(units.map((unit) => [unit.kind, unit.key, unit.number, unit.heading])).toEqual([
      ['ARTICLE', 'sec_1', '1', 'Short title'],
      ['ARTICLE', 'sec_2', '2', 'Commencement'],
      ['ARTICLE', 'sec_3', '3', 'Interpretation'],
      ['ARTICLE', 'sec_4', '4', 'Payment of wages'],
      ['ARTICLE', 'sec_5', '5', 'Records'],
    ]);
    expect(draft.articleCount).toBe(5);
  });

  it('keeps a body line that starts with a date in its section', () => {
    // (Lines of a plain-text paragraph are one text: a wrapped sentence.)
    expect(units[1].text).toBe('This Act comes into force on the day after the date of Royal assent. 1 January 2027 is the date by which every employer must comply with Part 2.');
  });

  it('keeps a list numbered below the section’s number in the section', () => {
    expect(units[2].text).toBe('In this Act,— 1 employer means a person who employs a worker 2 worker means a person employed by an employer');
  });

  it('takes a number out of sequence for body text, not for a section', () => {
    expect(units[3].children.map((child) => child.number)).toEqual(['(1)', '(2)']);
    expect(units[3].children[1].text).toBe('Wages are paid in money. 7 Records The employer keeps a record of every payment.');
  });

  it('does not read "1 Short title" as a section where the draft numbers its units with a word', () => {
    const worded = parseTextDraft(lines('Section 1', 'Scope', 'This Act applies to workers.', '2 Commencement', 'This Act comes into force today.'), 'TEXT');
    expect(worded.nodes.map((node) => node.number)).toEqual(['Section 1']);
    expect(worded.nodes[0].text).toContain('2 Commencement');
  });

  it('does not read it so where the draft numbers its units "1."', () => {
    const dotted = parseTextDraft(lines('1. Scope', 'This Act applies to workers.', '2 Commencement', 'This Act comes into force today.'), 'TEXT');
    expect(dotted.nodes.map((node) => node.number)).toEqual(['1']);
  });
});

describe('parseTextDraft with Markdown', () => {
  it('takes the first "#" heading as the title', () => {
    expect(parseTextDraft(lines('# Code du travail', '', '## Article premier', 'Texte.'), 'MARKDOWN').title).toBe('Code du travail');
  });

  it('reads an article number and heading from a Markdown heading without separator', () => {
    const [article] = parseTextDraft(lines('### Article 3 Working time', '', 'Text.'), 'MARKDOWN').nodes;
    expect([article.number, article.heading, article.text]).toEqual(['Article 3', 'Working time', 'Text.']);
  });

  it('reads a Markdown heading below an article as its heading', () => {
    const [article] = parseTextDraft(lines('**Article 3**', '#### Working time', 'Text.'), 'MARKDOWN').nodes;
    expect([article.number, article.heading]).toEqual(['Article 3', 'Working time']);
  });

  it('ignores headings that are not numbered provisions when building the structure', () => {
    const draft = parseTextDraft(lines('# Title', '## Explanatory memorandum', 'Why.', '## Article 1', 'Text.'), 'MARKDOWN');
    expect(draft.nodes.map((n) => [n.kind, n.key, n.text])).toEqual([
      ['PREAMBLE', 'preamble', 'Explanatory memorandum\n\nWhy.'],
      ['ARTICLE', 'art_1', 'Text.'],
    ]);
  });

  it('reads an escaped Markdown list number as a paragraph number', () => {
    const [article] = parseTextDraft(lines('## Article 1', '1\\. One.', '', '2\\. Two.'), 'MARKDOWN').nodes;
    expect(article.children.map((p) => p.key)).toEqual(['art_1/para_1', 'art_1/para_2']);
  });
});

describe('parseTextDraft on hostile input', () => {
  it.each([
    ['asterisks', '*'.repeat(200_000)],
    ['hashes', `# ${'#'.repeat(200_000)}x`],
    ['spaces inside a heading', `# a${' '.repeat(200_000)}b`],
    ['underscores', '_'.repeat(200_000)],
    ['an article number followed by spaces', `Article ${' '.repeat(200_000)}`],
  ])('gets through a long line of %s', (_, line) => {
    expect(parseTextDraft(line, 'MARKDOWN').articleCount).toBe(0);
  });
});

describe('parseTextDraft on the text of a container', () => {
  it('keeps the introduction between a chapter’s heading and its first article as the chapter’s text', () => {
    const [chapter] = parseTextDraft(lines('Chapter I', 'General provisions', 'This chapter applies to all employers.', 'Article 1', 'Text.'), 'TEXT').nodes;
    expect([chapter.heading, chapter.text, chapter.children.map((child) => child.key)]).toEqual(['General provisions', 'This chapter applies to all employers.', ['art_1']]);
  });

  it('still takes the short line above a section for its heading, not for the part’s text', () => {
    const [part] = parseTextDraft(lines('Part I', 'Preliminary', 'Interpretation', '1. In this Act, words have their ordinary meaning.'), 'TEXT').nodes;
    expect([part.text, part.children[0].heading]).toEqual(['', 'Interpretation']);
  });
});

describe('parseTextDraft on a huge section', () => {
  it('gets through 100,000 lines wrapped into one section without scanning the line again for each', () => {
    const text = `1. Interpretation\nIn this Act\n${'a word, and\nanother word.\n'.repeat(50_000)}`;
    const started = performance.now();
    expect(parseTextDraft(text, 'TEXT').articleCount).toBe(1);
    // Half a second here; 47 s when each wrapped line made the whole line be scanned again (a margin of 20 times).
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('gets through 50,000 quoted lines of an amendment', () => {
    const text = `1. Amendment\nSubstitute—\n${'“x\n'.repeat(50_000)}`;
    expect(parseTextDraft(text, 'TEXT').nodes[0].text.split('\n').length).toBe(50_001);
  });
});

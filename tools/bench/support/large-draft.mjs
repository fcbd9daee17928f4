// A draft the size of a constitution, as plain text the importer reads: 20 chapters, 250 articles with
// headings, 4 paragraphs each — 1,270 provisions. Same words every run (no randomness).
const WORDS = ['worker', 'employer', 'wages', 'inspectorate', 'collective', 'agreement', 'strike', 'dispute', 'safety', 'leave', 'union', 'contract', 'notice', 'hours', 'council', 'minister'];

function sentence(seed, length) {
  const words = [];
  for (let i = 0; i < length; i += 1) words.push(WORDS[(seed * 7 + i * 3 + (i * i) % 5) % WORDS.length]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}

export const LARGE_DRAFT = { chapters: 20, articlesPerChapter: 12.5, articles: 250, paragraphs: 4, provisions: 1270 };

export function largeDraftText() {
  const lines = ['Labour Code Bill (benchmark)', ''];
  let article = 0;
  for (let chapter = 1; chapter <= LARGE_DRAFT.chapters; chapter += 1) {
    lines.push(`Chapter ${chapter} - ${sentence(chapter, 3).slice(0, -1)}`, '');
    const last = Math.round((chapter * LARGE_DRAFT.articles) / LARGE_DRAFT.chapters);
    while (article < last) {
      article += 1;
      lines.push(`Article ${article} - ${sentence(article, 3).slice(0, -1)}`);
      for (let paragraph = 1; paragraph <= LARGE_DRAFT.paragraphs; paragraph += 1) {
        lines.push(`${paragraph}. ${sentence(article * 10 + paragraph, 40)} ${sentence(article + paragraph, 30)}`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}

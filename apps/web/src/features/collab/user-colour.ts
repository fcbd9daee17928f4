/** Dark enough for white text (≥ 4.5:1), distinct from one another. */
const COLOURS = ['#1F5F8B', '#8A3B12', '#5A3E8A', '#1E6B34', '#8B1E3F', '#005F5F', '#6B4400', '#3D4F8F'];

/** A person's caret colour: the same in every tab and for every reader. */
export function userColour(userId: string): string {
  let hash = 0;
  for (let i = 0; i < userId.length; i += 1) hash = (hash * 31 + userId.charCodeAt(i)) | 0;
  return COLOURS[Math.abs(hash) % COLOURS.length];
}

/** "Amina Diallo" → "AD". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => Array.from(word)[0]?.toUpperCase() ?? '').join('') || '?';
}

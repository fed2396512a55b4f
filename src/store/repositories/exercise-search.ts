/**
 * Turns what a member typed into an FTS5 query: every word must match the start of a word in the
 * exercise's name, aliases, muscles or equipment ("row" finds "Seated cable row" and "rowing"; "lat pull"
 * finds "Lat pulldown"). Quoting each word keeps FTS5 operators and punctuation literal. Null when nothing
 * searchable was typed.
 */
export function toFtsQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}

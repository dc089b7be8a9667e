/**
 * Flesch–Kincaid grade level of English text, with a plain syllable heuristic: vowel
 * groups, minus a silent final "e", at least one per word. Good enough to keep course
 * text near reading grade 8; not a substitute for a human read.
 */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}

export function fleschKincaidGrade(text: string): { grade: number; words: number; sentences: number } {
  const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)|\n+/).filter((s) => /[a-z]/i.test(s)).length);
  const words = text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const syllableCount = words.reduce((n, w) => n + syllables(w), 0);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllableCount / Math.max(1, words.length)) - 15.59;
  return { grade: Math.round(grade * 10) / 10, words: words.length, sentences };
}

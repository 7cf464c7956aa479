import { editDistance } from './edit-distance.ts';

/**
 * The candidates closest to a misspelled name: those containing it or contained in it first,
 * then by edit distance; at most `limit`, never a candidate further than half its length away.
 */
export function nearest(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const wanted = name.toLowerCase();
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const contains = wanted.length >= 3 && (lower.includes(wanted) || wanted.includes(lower));
    const distance = editDistance(wanted, lower);
    if (contains || distance <= Math.max(2, Math.floor(Math.max(wanted.length, lower.length) / 2))) {
      scored.push({ candidate, score: contains ? distance / 100 : distance });
    }
  }
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, limit).map((entry) => entry.candidate);
}

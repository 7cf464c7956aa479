import { DOUBLING_WORDS } from '../quantity/parse.ts';

/** A number of doublings (翻一番, 翻了两番多, 翻一番以上), as `parse` reads it. */
const DOUBLED = new RegExp(DOUBLING_WORDS, 'g');

/**
 * The doublings a normalised text writes (高新技术企业数量翻了一番多, 力争地区生产总值翻一番), as spans (end exclusive), in text order:
 * each is the multiple it makes (翻一番: 2倍; 翻两番: 4倍), which `parse` reads.
 *
 * @param normalized - The normalised text.
 * @returns The start and end of each doubling.
 */
export function scanDoublings(normalized: string): [number, number][] {
  if (!normalized.includes('番')) return [];
  const found: [number, number][] = [];
  for (const match of normalized.matchAll(DOUBLED)) found.push([match.index, match.index + match[0].length]);
  return found;
}

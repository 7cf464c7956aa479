import type { Interval } from '../quantity/types.ts';

const SCALE_WORDS: Record<number, string> = { 1: '', 10000: '万', 100000000: '亿', 1000000000000: '万亿' };

/** Writes an interval in the scale it was written in, e.g. `[4493.5万, 4494.5万]` or `[9.5, ∞)`. */
export function formatInterval(interval: Interval, scale: number): string {
  const word = SCALE_WORDS[scale] ?? '';
  const show = (value: number) => `${Number((value / scale).toPrecision(12))}${word}`;
  const low = Number.isFinite(interval.low) ? `[${show(interval.low)}` : '(-∞';
  const high = Number.isFinite(interval.high) ? `${show(interval.high)}]` : '∞)';
  return `${low}, ${high}`;
}

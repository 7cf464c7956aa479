import { bundledReport } from '../src/index.ts';

/** A seeded generator (mulberry32), so that every run builds the same corpus. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of the corpus every benchmark reads by default. */
export const CORPUS_SEED = 20240131;

/**
 * The bundled report's text with its digits randomised, one copy after another (whole copies,
 * then a cut at a sentence end), to about `megabytes` MB of UTF-8. Every copy keeps the report's
 * layout and wording but writes other figures, as another report would: a reader that remembers
 * what it read (the parser's memo of surfaces) is not flattered by a corpus that repeats itself.
 * Another `seed` writes other figures: a run timed after another on the same process reads a
 * text it has not read before.
 */
export function corpus(megabytes: number, seed = CORPUS_SEED): string {
  const text = bundledReport().text;
  const bytes = Buffer.byteLength(text, 'utf8');
  const target = megabytes * 1024 * 1024;
  const copies = Math.floor(target / bytes);
  const next = seeded(seed);
  const vary = (copy: string) => copy.replace(/\d/g, () => String(Math.floor(next() * 10)));
  const parts: string[] = [];
  for (let i = 0; i < copies; i += 1) parts.push(vary(text));
  let out = parts.join('');
  const rest = target - Buffer.byteLength(out, 'utf8');
  if (rest > 0) {
    const cut = vary(text.slice(0, Math.floor((rest / bytes) * text.length)));
    out += cut.slice(0, cut.lastIndexOf('。') + 1);
  }
  return out;
}

/** Sentences, the unit the peer is fed: split after 。;; and line breaks. */
export const sentencesOf = (text: string): string[] => text.split(/(?<=[。;;\n])/).filter((sentence) => sentence.trim() !== '');

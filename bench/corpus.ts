import { bundledReport } from '../src/index.ts';

/** The bundled report's text repeated (whole copies, then a cut at a sentence end) to about `megabytes` MB of UTF-8. */
export function corpus(megabytes: number): string {
  const text = bundledReport().text;
  const bytes = Buffer.byteLength(text, 'utf8');
  const target = megabytes * 1024 * 1024;
  const copies = Math.floor(target / bytes);
  let out = text.repeat(Math.max(copies, 0));
  let rest = target - Buffer.byteLength(out, 'utf8');
  if (rest > 0) {
    const cut = text.slice(0, Math.floor((rest / bytes) * text.length));
    out += cut.slice(0, cut.lastIndexOf('。') + 1);
    rest = 0;
  }
  return out;
}

/** Sentences, the unit the peer is fed: split after 。;; and line breaks. */
export const sentencesOf = (text: string): string[] => text.split(/(?<=[。;;\n])/).filter((sentence) => sentence.trim() !== '');

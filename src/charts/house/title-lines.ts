import { displayWidth } from '../../text/display-width.ts';

/**
 * A chart title broken into lines of at most `width` terminal columns (a Chinese character counts
 * two), at spaces where there are any: Vega-Lite does not wrap titles, and a long one would run
 * past a phone-width chart. A single line stays a string.
 */
export function titleLines(text: string, width: number): string | string[] {
  if (displayWidth(text) <= width) return text;
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/[\u2e80-\uffff][,。;:、)]?|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? []) {
    if (displayWidth(line + token) > width && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length === 1 ? (lines[0] as string) : lines;
}

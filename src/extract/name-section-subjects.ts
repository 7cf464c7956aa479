import { noteLink, type DraftColumns } from './draft-columns.ts';

/** A paragraph that opens with its subject as a heading of its own: （一）小学。, 1.初中。 */
const SUBJECT_HEADING = /(?:^|\n)[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、])[ \t]*([\u4e00-\u9fa5]{2,8})。/g;
/** Kinds of figure a subject is given to. */
const FIGURES: ReadonlySet<string> = new Set(['level', 'count', 'growth', 'share', 'rate', 'ratio', 'pp_change']);

/**
 * Gives the subject a paragraph's heading names to the figures of the paragraph named without it, as
 * bulletins write them: （一）小学。全县共有小学52所，…。招生5,612人，…在校生36,745人 → 小学招生, 小学在校生; so that the same
 * measures of the next paragraph (（二）初中。…招生6,185人) are told apart. Only where the heading names the things the
 * paragraph's first count counts (小学52所): a heading that names a matter (（三）办学条件。, 1.就业创业。) gives nothing.
 * The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameSectionSubjects(columns: DraftColumns, text: string): void {
  const { kind, indicator, start, sentenceFrom } = columns;
  let row = 0;
  for (const heading of text.matchAll(SUBJECT_HEADING)) {
    const subject = heading[1] as string;
    const from = (heading.index ?? 0) + heading[0].length;
    const newline = text.indexOf('\n', from);
    const to = newline < 0 ? text.length : newline;
    while (row < kind.length && (start[row] as number) < from) row += 1;
    let first = row;
    while (first < kind.length && (start[first] as number) < to && kind[first] !== 'count') first += 1;
    if (first >= kind.length || (start[first] as number) >= to || indicator[first] !== subject) continue;
    for (let i = first + 1; i < kind.length && (start[i] as number) < to; i += 1) {
      const name = indicator[i] as string;
      // Kinds of the subject a breakdown names (其中执法执勤用车236辆) are things of their own.
      if (!FIGURES.has(kind[i] as string) || name === '' || name.includes(subject) || text.slice(sentenceFrom[i] as number, start[i] as number).includes('其中')) continue;
      indicator[i] = `${subject}${name}`;
      noteLink(columns, i, 'named after the subject its paragraph\'s heading names');
    }
  }
}

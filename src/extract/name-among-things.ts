import { CLAIM_KINDS, type Kind } from '../report/types.ts';
import { noteLink, type DraftColumns } from './draft-columns.ts';

/** The things a count before counts, then 中 ending its clause (38个|省控断面中，). */
const AMONG_THINGS = /^([\u4e00-\u9fa5（）()、～~Ⅰ-Ⅻ]{2,16})中[，,]\s*$/;

/** A name that says what was done to them (182个问题中，已整改到位168个), which the acts' own names take care of. */
const DONE_OPENING = /^(?:已|已经|累计|共|其中|整改|办结|完成|审结|执结|受理|发现|查处|处理)/;

/**
 * Names the figure of a clause after a count of things that ends with 中 after those things (38个省控断面中，Ⅰ～Ⅲ类水质断面35个 →
 * 省控断面中的Ⅰ～Ⅲ类水质断面): it is of a part of them. Run before the shares after it are named after it (…，占92.1% →
 * 省控断面中的Ⅰ～Ⅲ类水质断面占比). A figure whose name says nothing (…中，有14个), names those things already or says what was done to
 * them (…问题中，已整改到位168个) is left as it is.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameAmongThings(columns: DraftColumns, text: string): void {
  const { kind, indicator, sentenceFrom, end, clauseStart } = columns;
  for (let row = 1; row < kind.length; row += 1) {
    if (kind[row - 1] !== 'count' || sentenceFrom[row - 1] !== sentenceFrom[row] || !CLAIM_KINDS.includes(kind[row] as Kind)) continue;
    const among = AMONG_THINGS.exec(text.slice(end[row - 1] as number, clauseStart[row] as number));
    const name = indicator[row] as string;
    if (!among || name.length < 2 || name.includes(among[1] as string) || DONE_OPENING.test(name)) continue;
    indicator[row] = `${among[1]}中的${name}`;
    noteLink(columns, row, 'of a part of the things the count before it counts');
  }
}

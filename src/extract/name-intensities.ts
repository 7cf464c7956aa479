import type { Kind } from '../report/types.ts';
import { noteLink, type DraftColumns } from './draft-columns.ts';
import { figureBefore, REFERENCE_KINDS } from './figure-before.ts';

/** An intensity named alone (投入强度, 投入强度（与营业收入之比）). */
const INTENSITY = /^投入强度/;
/** The word of the funds an intensity is of (R&D经费, 研发经费). */
const FUNDS = '经费';

/**
 * Names an intensity named alone after the funds a figure before it in its sentence names (全市R&D经费年均增长10.6%，投入强度由2020年的
 * 2.71%提高到3.27% → R&D经费投入强度; 规模以上工业企业R&D经费186.2亿元…；投入强度（与营业收入之比）为1.92% → 规模以上工业企业R&D经费投入强度
 * （与营业收入之比）): the name up to 经费. Run once the figures of a change from one level to another are named (see `fromTo`), before
 * the changes after them are. An intensity with no such figure before it is left as it is.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 */
export function nameIntensities(columns: DraftColumns): void {
  const { kind, indicator } = columns;
  for (let row = 0; row < kind.length; row += 1) {
    const name = indicator[row] as string;
    if (!INTENSITY.test(name) || REFERENCE_KINDS.has(kind[row] as Kind)) continue;
    let figure = figureBefore(columns, row);
    while (figure >= 0 && !(indicator[figure] as string).includes(FUNDS)) figure = figureBefore(columns, figure);
    if (figure < 0) continue;
    const funds = indicator[figure] as string;
    indicator[row] = `${funds.slice(0, funds.lastIndexOf(FUNDS) + FUNDS.length)}${name}`;
    noteLink(columns, row, `named after the funds the figure before it in its sentence (${columns.surface[figure]}) names`);
  }
}

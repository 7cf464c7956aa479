import type { Interval } from '../../quantity/types.ts';
import type { Figure } from '../../report/types.ts';
/**
 * The interval of a figure's written digits alone, ignoring its qualifier: 4.5亿元以上 gives
 * [4.45亿, 4.55亿]. A count of whole things written without a scale word (25个, 3家以上) is taken
 * as exact: nobody rounds 26 teams to 25.
 */
export declare function writtenInterval(figure: Figure): Interval;

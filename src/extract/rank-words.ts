/**
 * The verbs that place a figure among others before its rank (排名, 位列, 居于, 名列; 居全市第3位), as pattern alternatives, longer
 * words first. Not 排 alone, which other words end with (安排第二批): the patterns that read a rank right before its 第 add it.
 */
export const RANK_VERBS = '排名|排位|排在|位列|位居|居于|名列|居|列';

/** The words of a move in rank before its number of places (前移4位, 上升3位), as pattern alternatives. */
export const RANK_MOVES = '上升|下降|提升|前进|跃升|后退|前移|后移';

/**
 * The parts of the year a change may be since (比上半年, 较上月, 比1—8月), as pattern alternatives: what a name's words of comparison
 * may name besides the year before.
 */
export const PARTS_OF_YEAR_BEFORE = '上半年|一季度|上季度|前三季度|上月|\\d{1,2}\\s*[-—–~～至]\\s*\\d{1,2}月';

/**
 * 代 after a year ending in 0 (1990年代, 2020年代): the year is a decade's. After any other year
 * 代 starts the next word (力争2025年代编比例压减至15%以内: the year 2025, then 代编比例). A pattern
 * tried right after the 年, for a lookahead: `年(?!${DECADE})`.
 */
export const DECADE = '(?<=0[ \\t\\u00a0\\u3000]?年)代';

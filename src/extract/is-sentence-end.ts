/** The characters that end a sentence: 。！？!? and the line break. */
export const SENTENCE_MARKS = ['。', '\n', '！', '？', '!', '?'];

/** The UTF-16 units that end a sentence, marked 1 in a table indexed by the unit. */
const ENDS = new Uint8Array(0x10000);
for (const mark of SENTENCE_MARKS) ENDS[mark.charCodeAt(0)] = 1;

/** Whether a UTF-16 unit ends a sentence: 。！？!? or a line break. */
export const isSentenceEnd = (code: number): boolean => ENDS[code] === 1;

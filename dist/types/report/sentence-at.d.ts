/**
 * The sentence of a text that contains a span: from after the previous 。！？ or line break to the
 * next one (inclusive of the closing mark), without surrounding whitespace. Sentences are what a
 * journalist quotes; a list sentence with semicolons stays whole.
 *
 * @param text - The report text.
 * @param start - Start of the span (JavaScript string offset).
 * @param end - End of the span (exclusive); defaults to `start`.
 * @returns The sentence, trimmed.
 * @example
 * sentenceAt('第一句。实现地区生产总值273.46亿元、增长5.5%。第三句。', 15)
 * // => '实现地区生产总值273.46亿元、增长5.5%。'
 */
export declare function sentenceAt(text: string, start: number, end?: number): string;

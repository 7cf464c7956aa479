/**
 * The text with full-width digits and signs made ASCII and the traditional characters of numbers,
 * units and cue words made simplified, one character for one, so that a match in the result is a
 * match at the same offsets in the original.
 */
export declare function normalizeText(text: string): string;

/** The digits of a whole number written in Chinese numerals (两 and 〇 too, and the traditional 兩). */
const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** The places of such a number below 万 (a scale word the parser reads after it). */
const PLACES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The Chinese numerals `chineseInteger` reads, digits and places, as one string (for a pattern's class of characters). */
export const CHINESE_NUMERALS = `${Object.keys(DIGITS).join('')}${Object.keys(PLACES).join('')}`;

/** Whether a character is a Chinese numeral of `chineseInteger` (a digit or a place). */
export const isChineseNumeral = (char: string): boolean => char in DIGITS || char in PLACES;

/**
 * A whole number below 10,000 written in Chinese numerals from `start` (八 → 8, 十九 → 19, 二十三 → 23, 三百零五 → 305,
 * 两千 → 2000), with where it ends; null where the numerals there are no number (三五 and 一两, a guess at a few; 十百) or
 * there are none. Places must fall (千 before 百 before 十), and two digits never stand side by side but for 零.
 *
 * @param text - The text.
 * @param start - Where the numerals start.
 * @returns The number and the end of its numerals, or null.
 */
export function chineseInteger(text: string, start: number): { value: number; end: number } | null {
  let total = 0;
  let digit: number | null = null;
  let lastPlace = Infinity;
  let end = start;
  for (; end < text.length; end += 1) {
    const char = text.charAt(end);
    const value = DIGITS[char];
    if (value !== undefined) {
      // 三五个: two digits side by side are a guess at a few, not a number; 零 stands only after a place (三百零五), or alone.
      if (digit !== null && digit !== 0) return null;
      if (value === 0 && (digit !== null || (end > start && lastPlace === Infinity))) return null;
      digit = value;
      continue;
    }
    const place = PLACES[char];
    if (place === undefined) break;
    if (place >= lastPlace) return null;
    // 十二: a ten that opens the number is one ten.
    total += (digit ?? (end === start ? 1 : NaN)) * place;
    if (Number.isNaN(total) || digit === 0) return null;
    lastPlace = place;
    digit = null;
  }
  if (end === start) return null;
  return { value: total + (digit ?? 0), end };
}

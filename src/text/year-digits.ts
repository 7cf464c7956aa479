/** The Chinese digits of a year, and the circle that often stands for 〇 in typed text. */
const DIGITS: Readonly<Record<string, string>> = {
  '〇': '0', '○': '0', '零': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9',
};

/**
 * A year of 1900–2099 written in Chinese digits (二〇二五年, 一九九八年度), not inside a longer run of
 * numerals (二十二〇二五 is none): four characters before 年.
 */
const WRITTEN_YEAR = /(?<![一二三四五六七八九十〇○零百千万])(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}(?=年)/g;

/** Whether the text can hold such a year at all (a 〇, a 零 or 一九): most texts have none, and are returned unread. */
const CAN_HOLD_YEAR = /[〇○零]|一九/;

/**
 * The text with every year written in Chinese digits (二〇二五年) in Arabic digits (2025年), four
 * characters for four, so that offsets stay those of the original and the year reads as one written
 * in digits: in a heading (二〇二五年工作回顾), a date line (二〇二六年一月), a sentence (二〇二五年，全县…).
 * Other Chinese numerals (三个村, 五成) are left as written.
 *
 * @param text - Any text.
 * @returns The text with those years in Arabic digits, of the same length.
 */
export function yearDigits(text: string): string {
  if (!CAN_HOLD_YEAR.test(text)) return text;
  return text.replace(WRITTEN_YEAR, (year) => {
    let digits = '';
    for (const character of year) digits += DIGITS[character] as string;
    return digits;
  });
}

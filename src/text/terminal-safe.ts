/** Control characters a terminal acts on: C0 (but tab and newline), DEL and C1, ESC and OSC among them. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text from data made safe to print on a terminal: every control character a terminal would act
 * on (ESC starting a colour or cursor sequence, OSC renaming the window, a carriage return
 * overwriting the line, BEL…) is written as a visible escape such as `\x1b`, so a report cannot
 * drive the reader's terminal. Tabs and newlines stay.
 *
 * @param text - Text from a report, its manifest or its claims.
 * @returns The text with control characters escaped.
 * @example
 * terminalSafe('武隆\u001b]0;pwned\u0007区')
 * // => '武隆\\x1b]0;pwned\\x07区'
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

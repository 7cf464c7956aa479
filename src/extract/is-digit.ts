/** Whether a UTF-16 unit is an ASCII digit (0–9), without a pattern: the scans that ask it of every character cannot afford one. */
export const isDigit = (code: number): boolean => code >= 48 && code <= 57;

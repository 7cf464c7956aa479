/**
 * Whether a UTF-16 unit is white space, exactly as `\s` in a pattern reads it, without a pattern:
 * the scans that ask it of every character of a long text cannot afford one call of a regular
 * expression each.
 */
export const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
  || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0xfeff;

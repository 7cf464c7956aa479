/** Whether a UTF-16 unit is a CJK ideograph of the basic block (一–鿿), without a pattern: the scans that ask it of many characters cannot afford one. */
export const isIdeograph = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

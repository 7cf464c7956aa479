/** A font file and the family name it holds. */
export interface FontFile {
    file: string;
    family: string;
}
/** Where the common CJK fonts live on Debian/Ubuntu, macOS and Windows, best first. */
export declare const CJK_FONT_PLACES: readonly FontFile[];
/**
 * Finds a CJK font for PNG rendering: the file named by the environment variable
 * `WULONG_CJK_FONT` (with `WULONG_CJK_FONT_FAMILY` for its family name, default "Noto Sans CJK
 * SC"), or the first of `CJK_FONT_PLACES` that exists; `null` when there is none.
 *
 * @param places - Where to look. Default `CJK_FONT_PLACES`.
 * @returns The font, or `null`.
 * @example
 * findCjkFont([{ file: '/nowhere/font.ttc', family: 'None' }])
 * // => null
 */
export declare function findCjkFont(places?: readonly FontFile[]): FontFile | null;

import { type ColumnTable } from 'arquero';
/**
 * Writes the table of `extractClaims` as a draft claims CSV in the claims format (the columns of
 * `docs/claims-format.md`, in order), for a person to review: the guessed columns are named in
 * each row's `note`, `indicator_en` repeats the Chinese indicator until it is translated, and the
 * links are left empty. A reviewed draft loads with `loadReport`.
 *
 * @param extracted - The table from `extractClaims`.
 * @returns The CSV text.
 * @example
 * draftClaimsCsv(extractClaims('实现地区生产总值273.46亿元、增长5.5%。')).split('\n')[1]
 * // => 'claim_0001,8,16,273.46亿元,273.46,100000000,yuan,level,,actual,exact,false,,,地区生产总值,地区生产总值,macro,,,,,,,,guessed: kind;year;status;direction;indicator;topic; indicator_en to translate'
 */
export declare function draftClaimsCsv(extracted: ColumnTable): string;

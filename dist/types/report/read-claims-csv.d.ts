import { type Claim } from './types.ts';
/**
 * Reads the text of a claims CSV into typed rows. Every cell is checked against the claims format
 * (docs/claims-format.md); all problems are collected and thrown together, each with its CSV line
 * and column, so that one run shows everything to fix.
 *
 * @param csv - The CSV text, with a header row.
 * @returns The claims, in file order.
 * @throws {ClaimsDataError} Listing every missing or misspelled column and every bad cell.
 * @example
 * readClaimsCsv('id,start\ngdp_2023,1').length
 * // => throws ClaimsDataError
 */
export declare function readClaimsCsv(csv: string): Claim[];

import type { Report } from './types.ts';
/**
 * The sentence of the report that states a claim, as it would be quoted.
 *
 * @param id - A claim id.
 * @param report - The report; the bundled report by default.
 * @returns The whole sentence containing the claim's span.
 * @throws {UnknownClaimError} When no row has this id.
 * @example
 * cite('tourism_spend_per_visitor_2023')
 * // => '获评“2023年中国康养产业可持续发展能力百强县”“成渝十大文旅产业地标”,全年接待游客4494万人次、旅游综合收入217亿元,均增长10%以上,旅游人均消费1003元,景区持票游客545.7万人,境外游客9.1万人次,创历史新高!'
 */
export declare function cite(id: string, report?: Report): string;

/**
 * A Vega expression that writes a number the Chinese way, with 亿 and 万 instead of thousands
 * groups (`2.17亿`, `4494万`, `1003`), and an optional unit after it. Use it as an axis
 * `labelExpr` or in a `calculate` transform; it needs no custom functions, so it works in every
 * Vega renderer and under the expression interpreter.
 *
 * @param value - The expression of the value; `datum.value` (an axis label) by default.
 * @param unit - Text written after the number, such as `元`; none by default.
 * @returns The expression.
 * @example
 * zhNumberExpr('datum.amount', '元')
 * // => "(abs(datum.amount) >= 1e8 ? format(datum.amount / 1e8, '.4~') + '亿' : abs(datum.amount) >= 1e4 ? format(datum.amount / 1e4, '.4~') + '万' : format(datum.amount, '.4~')) + '元'"
 */
export declare function zhNumberExpr(value?: string, unit?: string): string;

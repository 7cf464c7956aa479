import type { Qualifier } from '../quantity/types.ts';

/** A value quoted for a message: JSON quoting, so that control characters and lone surrogates show. */
/** At most this many characters of a value are shown in a message: an error never echoes megabytes. */
const SHOWN = 200;
const quote = (text: string): string =>
  (text.length > SHOWN ? `${JSON.stringify(text.slice(0, SHOWN))}… (${text.length - SHOWN} more characters)` : JSON.stringify(text));

const QUALIFIER_NAMES: Record<Qualifier, string> = {
  exact: 'exact',
  at_least: 'at least',
  above: 'above',
  at_most: 'at most',
  about: 'about',
  nearly: 'nearly',
  more_than: 'more than',
};

/**
 * Error messages: what a typed error says. Each names the offending value and says what to do.
 * Entries are grouped by area, one comment per group.
 */
export const errorMessages = {
  // Quantities (src/quantity): the sentence a QuantityParseError carries.
  quantityParse: (input: string, position: number, reason: string): string =>
    `Cannot read ${quote(input)} as a quantity: ${reason} at position ${position}. ` +
    'Write a number such as "273.46亿元", "10%以上" or "2.35:1".',

  // Quantities: reasons, each a phrase that reads before "at position N".
  quantityNotText: (type: string): string => `a value of type ${type} where text was expected`,
  quantityExpectedNumber: (): string => 'expected a number',
  quantityUnexpected: (text: string): string => `unexpected ${quote(text)}`,
  quantitySecondNumber: (text: string): string => `unexpected ${quote(text)} (only one number can be read)`,
  quantityBadGrouping: (text: string): string =>
    `unexpected ${quote(text)} (thousands separators group digits by exactly three)`,
  quantityExpectedDigitAfter: (mark: string): string => `expected a digit after ${quote(mark)}`,
  quantityExpectedGroup: (): string => 'expected three digits after "," (thousands separators group digits by exactly three)',
  quantityConflict: (word: string, qualifier: Qualifier, earlier: string, earlierQualifier: Qualifier): string =>
    `${quote(word)} (${QUALIFIER_NAMES[qualifier]}) contradicting ${quote(earlier)} (${QUALIFIER_NAMES[earlierQualifier]})`,
  quantityNegative: (unitText: string): string =>
    `a minus sign on ${unitText === ':' ? 'a ratio' : unitText === '' ? 'a quantity' : quote(unitText)} (never negative)`,
  quantityTooLarge: (): string => 'a number too large to represent',
  quantityTenths: (): string => 'tenths (成) of more than ten, or after a scale word (万, 亿): write a share as 三成 or 35%',
  quantityZeroRatio: (): string => 'a ratio whose second term is zero',

  // Quantities: arguments of roundingInterval (programming errors).
  invalidScale: (scale: unknown): string =>
    `Cannot use ${String(scale)} as a scale: a scale multiplies the written number into plain units. ` +
    'Pass a positive number such as 1, 10000 (万), 100000000 (亿) or 1000000000000 (万亿).',
  invalidQualifier: (qualifier: unknown): string =>
    `Cannot use ${quote(String(qualifier))} as a qualifier. Pass one of ${Object.keys(QUALIFIER_NAMES).map(quote).join(', ')}.`,

  // Claims data: reading and checking a claims CSV against its report text.
  emptyClaimsCsv: (type: string): string =>
    `The claims CSV is ${type === 'string' ? 'empty' : `not text (a ${type})`}. It needs a header row with the columns of docs/claims-format.md and one row per claim; draft one with: wulong-factcheck extract report.txt.`,
  missingColumn: (column: string, suggestion?: string): string =>
    `The claims CSV has no "${column}" column.${suggestion ? ` Is "${suggestion}" a misspelling of it? Rename it to "${column}".` : ` Add it (see docs/claims-format.md).`}`,
  unknownColumn: (column: string, suggestion?: string): string =>
    `The claims CSV has an unknown column "${column}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Remove or rename it (see docs/claims-format.md).`,
  notAnInteger: (column: string, text: string): string =>
    `"${column}" must be a whole number, but is "${text}". Write digits only, e.g. 1861.`,
  notInVocabulary: (column: string, text: string, allowed: readonly string[], suggestion?: string): string =>
    `"${column}" is "${text}", which is not one of ${allowed.join(', ')}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
  badId: (id: string): string =>
    `The id "${id}" is not snake_case. Use lower-case letters, digits and underscores, starting with a letter, e.g. "gdp_2023".`,
  emptyCell: (column: string): string => `"${column}" is empty. Fill it in (see docs/claims-format.md).`,
  listLengths: (column: string, count: number, other: string, otherCount: number): string =>
    `"${column}" lists ${count} item(s) but "${other}" lists ${otherCount}. Give one per indicator, separated by ";".`,
  duplicateId: (id: string): string => `The id "${id}" is used by more than one row. Give each row its own id.`,
  overlappingSpans: (id: string, other: string): string =>
    `The span of "${id}" overlaps the span of "${other}". Each character of the text belongs to at most one claim; fix start/end.`,
  spanOutsideText: (id: string, start: number, end: number, length: number): string =>
    `The span of "${id}" [${start}, ${end}) is not inside the text (length ${length}). start must be ≥ 0 and < end ≤ ${length}.`,
  surfaceMismatch: (id: string, surface: string, actual: string): string =>
    `The surface of "${id}" is "${surface}" but the text at its span reads "${actual}". Fix start/end or the surface.`,
  surfaceNotQuantity: (id: string, surface: string, reason: string): string =>
    `The surface of "${id}" ("${surface}") cannot be read as a quantity: ${reason}`,
  unitTextMismatch: (id: string, unit: string, at: number, actual: string): string =>
    `The unit_text of "${id}" is "${unit}" but the text at unit_start ${at} reads "${actual}". Set unit_start to where the unit is written (its row's unit cell, its label's brackets or its column heading).`,
  unitTextOnNonQuantity: (id: string, kind: string): string =>
    `"${id}" is a ${kind}, which has no unit: empty unit_text and unit_start, or give the row a kind of quantity.`,
  unitTextNotAUnit: (id: string, unit: string): string =>
    `The unit_text of "${id}" is "${unit}", which is not a unit alone (such as 亿元, 万人 or %). Give only the unit as the table writes it, or empty unit_text and unit_start.`,
  unitTextOnUnit: (id: string, surface: string, unit: string): string =>
    `"${id}" has the unit_text "${unit}" but its surface "${surface}" is not a bare number (it has a unit, a scale or words of its own). Empty unit_text and unit_start, or cut the surface to the number.`,
  unitTextWithoutStart: (unit: string, start: number | null): string =>
    unit === '' ? `unit_start is ${start} but unit_text is empty. Give both (the unit as written apart from the number, and where), or neither.` : `unit_text is "${unit}" but unit_start is empty. Give the offset in the text where "${unit}" is written, or empty both.`,
  disagreesWithSurface: (id: string, column: string, written: string, parsed: string, surface: string): string =>
    `"${column}" of "${id}" is "${written}" but the surface "${surface}" reads as "${parsed}". Make them agree.`,
  badDate: (id: string, value: string, surface: string): string =>
    `The date value "${value}" of "${id}" is not an ISO date made of the digits of "${surface}". Write YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD.`,
  directionMisplaced: (id: string, kind: string): string =>
    `"${id}" is a ${kind}: "direction" (up/down) belongs on growth and point-change rows and must be set there, and only there.`,
  scopeWithoutLink: (id: string): string =>
    `"${id}" has scope "differs" but no counterpart, part_of or whole link, and no note saying how the definitions differ. Add the link and the note, or clear "scope".`,
  unitForKind: (id: string, kind: string, unit: string, allowed: string): string =>
    `"${id}" is a ${kind} in "${unit}", but a ${kind} is in ${allowed}. Fix the unit, or the kind.`,
  basisMisplaced: (id: string, kind: string): string =>
    `"${id}" is a ${kind}: "basis" (real/nominal/price/physical) belongs on growth rows only. Clear it.`,
  linkFromWrongKind: (id: string, column: string, kind: string, allowed: readonly string[]): string =>
    `"${id}" is a ${kind}, which cannot have a "${column}" link; only ${allowed.join(', ')} rows can. Clear it or fix the kind.`,
  brokenLink: (id: string, column: string, target: string): string =>
    `"${column}" of "${id}" points to "${target}", which is not another row of this table. Fix the id or clear the link.`,
  linkToWrongKind: (id: string, column: string, target: string, kind: string, allowed: readonly string[]): string =>
    `"${column}" of "${id}" points to "${target}", a ${kind}; it must point to a ${allowed.join(' or ')}.`,
  badCounterpart: (id: string, target: string): string =>
    `"counterpart" of "${id}" points to "${target}", which must be the same kind of figure in another year.`,

  // Reports: loading folders and looking up claims.
  missingReportFile: (dir: string, name: string): string =>
    `The report folder "${dir}" has no ${name}. A report folder needs report.txt and claims.csv (see docs/claims-format.md).`,
  badManifest: (dir: string, reason: string): string =>
    `manifest.json in "${dir}" is not valid JSON (${reason}). Fix it or remove it.`,
  unknownClaim: (id: string, suggestions: readonly string[]): string =>
    `There is no claim "${id}".${suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ' List the ids with report.claims.array("id").'}`,
  unknownValue: (what: string, value: string, allowed: readonly string[], suggestion?: string): string =>
    `Unknown ${what} "${value}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use one of: ${allowed.join(', ')}.`,
  notAQuantity: (id: string, kind: string): string =>
    `"${id}" is a ${kind}, not a quantity, so it has no interval. Use claim("${id}") to read it, or cite("${id}") to quote it.`,
  claimsData: (count: number, listing: string): string =>
    `The claims data has ${count} problem(s):\n${listing}`,

  // Interval arithmetic and growth helpers (src/interval, src/growth): why there is no answer.
  divisorHoldsZero: (divisor: string): string =>
    `Cannot divide by ${divisor}: it holds zero, so the quotient has no bound. Check that the base is a positive level.`,
  negativeBase: (base: string): string =>
    `Cannot compute a growth rate from the negative base ${base}. A growth rate needs a positive base; compare the difference instead.`,
  zeroBase: (base: number): string =>
    `Cannot compute a growth rate from a base of ${base}: growth from zero is not a percentage. Report the change as a difference instead.`,
  rateBelowMinus100: (rate: number): string =>
    `A growth rate of ${rate}% leaves nothing to grow from: rates must be above -100%. Check the sign and the unit of the rate.`,
  realGrowthOnLevel: (id: string, surface: string): string =>
    `"${id}" (${surface}) is real growth (at comparable prices), which cannot turn a nominal level into another nominal level. ` +
    'Convert it with nominalGrowth(real, deflator) and a deflator from the statistics bureau first.',
  noPoint: (low: number, high: number): string =>
    `The interval [${low}, ${high}] has no representative value: it is open on both sides or not a number. Give at least one finite end.`,
  notFiniteNumber: (name: string, value: unknown): string =>
    `${name} must be a finite number, but is ${typeof value === 'number' ? String(value) : value === null || value === undefined ? String(value) : `${quote(String(value))} (${typeof value})`}. Pass a number such as 8477, or a figure from fig().`,
  notAnInterval: (name: string, value: unknown): string =>
    `${name} must be an interval { low, high } of numbers with low ≤ high (±Infinity for an open end, never NaN), but is ${(() => { try { return JSON.stringify(value, (_key, each) => (typeof each === 'number' && !Number.isFinite(each) ? String(each) : each)); } catch { return String(value); } })()}. Build one with toInterval().`,
  noRates: (): string => 'Cannot average the growth of no years. Pass at least one yearly rate.',
  noPeriod: (years: number): string => `Cannot annualise growth over ${years} years. Pass a positive number of years.`,
  cellNotANumber: (column: string, value: unknown): string => `"${column}" is not a number (${value === null || value === undefined ? 'missing' : typeof value === 'number' ? String(value) : JSON.stringify(value)})`,
  cellZeroBase: (value: number): string => `zero base (${value})`,
  cellNegativeBase: (value: number): string => `negative base (${value})`,

  exerciseAnswerNotANumber: (id: string, answer: unknown): string =>
    `Exercise "${id}" has no worked answer to check against (${String(answer)}). Compute it from the figures, e.g. growthRate(8477, 9200).`,
  notALevel: (id: string, surface: string): string =>
    `"${id}" (${surface}) is a growth rate or a change, not a level: grow or shrink a level (an amount, a count) by a rate, not a rate by a rate. For the change of a rate use rateChange(from, to).`,
  rateNotPercent: (id: string, unit: string): string =>
    `"${id}" is used as a growth rate but is in ${unit}: a growth rate is a percentage, and growth between a level and an amount means nothing. Check its unit and kind.`,
  unitsDiffer: (a: string, aUnit: string, b: string, bUnit: string): string =>
    `"${a}" is in ${aUnit} and "${b}" in ${bUnit}: figures in different units cannot be compared. Compare figures of one unit, or mark the pair scope "differs".`,

  // Charts, rendering and notebooks (src/charts, src/render, src/notebook).
  chartEmpty: (builder: string): string =>
    `${builder} has no rows to draw. Pass a table with at least one row (check the filter that made it).`,
  chartMissingColumns: (builder: string, missing: readonly string[], present: readonly string[]): string =>
    `${builder} needs the column(s) ${missing.map(quote).join(', ')}, which the data does not have. Its columns are ${present.map(quote).join(', ') || '(none)'}; rename one or pass the right field names.`,
  chartBadValue: (row: number, column: string, value: unknown): string =>
    `row ${row}: "${column}" is ${typeof value === 'number' ? String(value) : value === null || value === undefined ? 'missing' : `${quote(String(value))} (${typeof value})`}`,
  chartBadValues: (builder: string, problems: readonly string[]): string =>
    `${builder} draws numbers, and ${problems.length} value(s) are not finite numbers:\n${problems.map((line) => `  ${line}`).join('\n')}\nFilter those rows out or fill them in; a chart never drops a row silently.`,
  chartUrlRefused: (uri: string): string =>
    `The chart asks to load ${quote(uri.length > 200 ? `${uri.slice(0, 200)}…` : uri)}; charts are drawn from the data in their spec, and no file or address is read. Put the rows in data.values, or pass a Vega loader of your own ({ loader }) to allow it.`,
  chartNoIntervals: (check: string, verdict: string): string =>
    `The check "${check}" (${verdict}) has no recomputed and reported intervals to draw. Draw its figures with barChart instead.`,
  corpusNotAFolder: (dir: string): string => `There is no corpus folder at ${quote(dir)}. Give a folder of reports: text files (one report each) or folders with a report.txt.`,
  corpusEmpty: (dir: string): string => `The folder ${quote(dir)} holds no report: no .txt file and no folder with a report.txt in it.`,
  corpusNeedsOut: (): string => 'A corpus run needs an output folder: checkCorpus(dir, { out: "out/corpus" }).',
  streamNoColumns: (path: string): string => `A table written to ${quote(path)} needs at least one column.`,
  streamClosed: (path: string): string => `The table ${quote(path)} is closed; open a new one to write more rows.`,
  streamMissingColumn: (column: string, given: readonly string[]): string =>
    `The rows appended lack the column "${column}" (given: ${given.join(', ') || 'none'}). Give every column of the table, with null where a value is missing.`,
  streamUnevenColumns: (column: string, length: number, expected: number): string =>
    `The column "${column}" has ${length} values but the first column ${expected}. Append columns of equal length.`,
  streamBadCell: (column: string, type: string, row: number, value: unknown): string =>
    `Row ${row} of the column "${column}" (${type}) holds ${typeof value === 'number' ? String(value) : quote(String(value))} (${typeof value}). Give ${type === 'text' ? 'text' : type === 'boolean' ? 'true or false' : type === 'integer' ? 'a whole number' : 'a finite number'}, or null.`,
  chartNoTargets: (what: 'targets' | 'growth targets', why: { targets: number; topics: readonly string[] | null }): string => {
    const pairs = what === 'targets' ? 'targets with a counterpart (the same figure of the year before)' : 'growth targets with a growth rate of the year before';
    if (why.topics !== null) return `There are no ${pairs} in the topics chosen (${why.topics.join(', ')}) to draw. Widen the topic filter.`;
    if (why.targets === 0) return `The report sets no ${what} (a statistical bulletin sets none), so there is nothing to draw against its results.`;
    const none = why.targets === 1 ? `The report's one ${what.replace(/s$/, '')} is not linked to` : `None of the report's ${why.targets} ${what} is linked to`;
    return `${none} ${what === 'targets' ? 'the same figure of the year before' : 'a growth rate of the year before'} (the counterpart column of claims.csv), so there is nothing to draw. Link them, or review a draft's guessed links.`;
  },
  noCjkFont: (tried: readonly string[]): string =>
    `No CJK font was found for PNG rendering, so Chinese text would come out as boxes. Install one (Debian: apt-get install fonts-noto-cjk), set WULONG_CJK_FONT=/path/to/font.ttc, or pass { fontFile }. Looked in: ${tried.join(', ')}.`,
  fontFileNotAFont: (file: string): string => `The file "${file}" is not a font (a .ttf, .otf, .ttc or .woff file), so no text could be drawn. Pass the path of a font file with CJK glyphs.`,
  fontWithoutChinese: (file: string, family: string): string =>
    `The font "${family}" in "${file}" draws no Chinese characters, so Chinese text would come out as boxes. Use a CJK font (Debian: apt-get install fonts-noto-cjk), or set WULONG_CJK_FONT=/path/to/font.ttc.`,
  fontFileMissing: (file: string): string => `The font file "${file}" does not exist. Pass the path of a .ttf, .otf or .ttc file with CJK glyphs.`,
  vegaLiteFailed: (reason: string): string =>
    `Vega-Lite could not compile the chart (${reason}). The spec is probably not valid Vega-Lite: check it against https://vega.github.io/schema/vega-lite/v5.json, or build it with one of the chart builders.`,
  vegaLiteWarnings: (warnings: readonly string[]): string => `Vega-Lite warned while compiling the chart:\n${warnings.join('\n')}`,
  notAFrame: (type: string): string =>
    `fromDanfo needs a danfo DataFrame (with "columns" and "values"), but got a ${type}. Pass the DataFrame itself, e.g. fromDanfo(df).`,
  // Options of the library's functions (programming errors).
  badCount: (option: string, value: unknown): string =>
    `The option "${option}" must be a whole number of 0 or more, but is ${typeof value === 'number' ? String(value) : quote(String(value))}. Pass a count such as 12.`,
  notText: (fn: string, value: unknown): string =>
    `${fn} needs the document's text as a string, but got ${value === null ? 'null' : typeof value}. Read the file first, e.g. ${fn}(readFileSync(path, 'utf8')).`,
  // Catalogues of named checks (catalogue.json in a report folder).
  catalogueNotJson: (path: string, reason: string): string => `${path} is not valid JSON (${reason}). Fix it, or remove it to run only the automatic checks.`,
  catalogueProblems: (path: string, problems: readonly string[]): string =>
    `${path} has ${problems.length} problem(s):\n${problems.map((line) => `  ${line}`).join('\n')}\nEach entry names a family, its claims and why it is asked (see docs/checks.md).`,
  catalogueNotAnArray: (): string => 'the file must hold an array of checks, [ { "check": …, "family": …, "why": …, … } ]',
  catalogueEntry: (index: number, check: string | null, problem: string): string => `entry ${index + 1}${check === null ? '' : ` (${quote(check)})`}: ${problem}`,
  catalogueNotAnObject: (value: unknown): string => `is ${quote(JSON.stringify(value) ?? String(value))}, not an object`,
  catalogueBadCheckId: (value: unknown): string => `"check" is ${quote(String(value))}; give a snake_case id such as "tourism_revenue_identity"`,
  catalogueDuplicate: (check: string): string => `the check id ${quote(check)} is used twice; give each check its own id`,
  catalogueNoWhy: (): string => '"why" is missing or empty; say in one sentence why the check is asked',
  catalogueUnknownFamily: (value: unknown, families: readonly string[]): string => `"family" is ${quote(String(value))}, which is not one of ${families.join(', ')}`,
  catalogueMissingField: (field: string): string => `${quote(field)} is missing`,
  catalogueUnknownField: (field: string, family: string): string => `${quote(field)} is not a field of a ${family} check; remove it (a catalogue holds inputs, never verdicts)`,
  catalogueNotAnId: (value: unknown): string => `${quote(JSON.stringify(value) ?? String(value))} is not a claim id`,
  catalogueUnknownClaim: (id: string): string => `there is no claim ${quote(id)} in claims.csv`,
  catalogueNotAQuantity: (id: string, kind: string): string => `the claim ${quote(id)} is a ${kind}, not a quantity a check can compute with`,
  catalogueShareAlone: (): string => 'a share_of_whole check needs "whole", "part" or both',
  catalogueNotAList: (value: unknown): string => `${quote(JSON.stringify(value) ?? String(value))} is not a non-empty list`,
  catalogueNotAFlag: (value: unknown): string => `${quote(JSON.stringify(value) ?? String(value))} is not true or false`,
  catalogueNotWords: (value: unknown): string => `${quote(JSON.stringify(value) ?? String(value))} is not { "zh": …, "en": … }`,
  catalogueNotATerm: (value: unknown): string => `${quote(JSON.stringify(value) ?? String(value))} is not a claim id, { "grown", "by" }, { "from", "to" } or { "share", "of" }`,
  growthNeedsLevels: (): string => 'Cannot compute growth without levels on both sides. Give { from, to } with at least one level each.',
  catalogueNotAGrowth: (value: unknown): string => `${quote(JSON.stringify(value) ?? String(value))} is not a growth rate: give a claim id or { "from", "to" } levels (an id or a list of ids each)`,
  catalogueNotWholeAndPart: (value: unknown): string => `${quote(JSON.stringify(value) ?? String(value))} is not { "whole", "part" } growth rates`,
  catalogueNotOneOf: (value: unknown, allowed: readonly string[]): string => `${quote(String(value))} is not one of ${allowed.join(', ')}`,
  // Files (src/report, src/cli): a path that is not a readable file.
  fileMissing: (path: string, what: string, folder: string): string => `There is no ${what} at "${path}". Check the path (it is read relative to ${quote(folder)}).`,
  fileIsFolder: (path: string, what: string): string => `"${path}" is a folder, not ${what}. Pass the path of the file itself.`,
  badYear: (value: unknown, option = 'year'): string => `The ${option === 'year' ? 'year' : `option ${option}`} must be a whole year of four digits, such as 2024, but is ${typeof value === 'number' ? String(value) : quote(String(value))}.`,
  resultOutOfRange: (what: string): string =>
    `The ${what} is too large or too small to represent as a number (it overflows). Check the inputs: a base near zero, or values far beyond any report's.`,
  intervalTooLarge: (value: string, scale: number): string =>
    `${quote(value)} at scale ${scale} is too large to represent as a number. Pass a scale that fits the written number.`,
  quantityRepeated: (word: string): string => `${quote(word)} written twice`,
  quantityTooSmall: (): string => 'a number too small to represent (it would read as zero)',
  badManifestShape: (dir: string): string => `manifest.json in "${dir}" is not an object with a "source": it is JSON, but not a manifest. Fix it (see docs/claims-format.md) or remove it.`,
  notAClaimId: (value: unknown): string => `A claim id must be text, but is ${value === null || value === undefined ? String(value) : `a ${typeof value}`}. Pass an id such as "gdp_2023".`,
  noFactors: (): string => 'Cannot check a product of no factors. Pass at least one: productIdentity([a, b], total).',
  reservedColumn: (name: string): string => `A column named ${quote(name)} cannot be a table column (JavaScript reserves the name). Rename it before converting.`,
  fileNotUtf8: (path: string, what: string, gbk: boolean): string =>
    gbk
      ? `"${path}" is not UTF-8: it reads as Chinese in GB18030 (GBK), so it is not read as ${what} (its characters would come out garbled). Convert it first, e.g. iconv -f GB18030 -t UTF-8 "${path}" > report-utf8.txt.`
      : `"${path}" is not UTF-8 text, so it is not read as ${what}. Save it as UTF-8 and try again.`,
  fileNotRegular: (path: string, what: string): string => `"${path}" is not a regular file (a device, a named pipe or a socket), so it is not read as ${what}. Pass a text file.`,
  fileTooLarge: (path: string, what: string, size: number, max: number): string =>
    `"${path}" has ${size} bytes, more than the ${max} read as ${what}. Check that it is the right file; split a corpus into one file per report.`,
  fileOutsideFolder: (path: string, what: string, folder: string): string =>
    `"${path}" is a link to a file outside the folder "${folder}", so it is not read as ${what}. Copy the file into the folder instead of linking to it.`,
  fileUnreadable: (path: string, what: string, reason: string): string => `Cannot read ${what} "${path}" (${reason}). Check that the file exists and that you may read it.`,
  resultsNotFromReport: (id: string, report: string): string =>
    `The results name the claim ${quote(id)}, which is not in ${quote(report)}: they are another report's. Pass that report: { report }.`,
  outPlaceRefused: (path: string): string =>
    `Will not write the outputs into ${quote(path)}: it is the root, a system folder or the home folder itself. Choose a folder of their own with --out, e.g. --out out/my-report.`,
  outLinkRefused: (path: string): string =>
    `${quote(path)} is a link: the outputs are not written through links. Remove the link, or choose another folder with --out.`,
  cannotWrite: (path: string, reason: string): string =>
    `Cannot write ${quote(path)} (${reason}). Choose a folder you can write to with --out.`,
  outExists: (path: string): string =>
    `${quote(path)} exists already, and may be a reviewed claims table: it is left as it is. Write the draft somewhere else, or add --force to replace it.`,
  outIsInput: (path: string): string =>
    `${quote(path)} is the report text being read: the draft cannot be written over it. Write it to claims.csv beside it.`,
};

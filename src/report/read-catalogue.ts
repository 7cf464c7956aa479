import { FAMILIES, type CheckSpec, type Family } from '../checks/types.ts';
import { ReportLoadError } from '../errors/report-load-error.ts';
import { messages } from '../messages/index.ts';
import { QUANTITY_KINDS, type Claim, type Kind } from './types.ts';

/** What a field of a catalogue entry holds: a claim id, a list of ids, a term (an id or `{ grown, by }`, `{ from, to }`, `{ share, of }`), a list of terms, words in both languages, a flag, or one of some words. */
type FieldKind = 'id' | 'ids' | 'term' | 'terms' | 'growth' | 'whole-and-part' | 'words' | 'flag' | readonly string[];

/** The fields of each family: required ones, then optional ones (after `?`). */
const FIELDS: Record<Family, Record<string, FieldKind>> = {
  growth_vs_levels: { rate: 'id', from: 'id', to: 'id' },
  target_vs_growth: { target: 'id', rate: 'id', base: 'id' },
  back_calculated_base: { rate: 'id', level: 'id' },
  product_identity: { factors: 'terms', total: 'term', '?subgroup': 'words' },
  parts_vs_total: { parts: 'terms', total: 'term', '?relation': ['sum', 'subset'], '?allowUnits': 'flag' },
  share_of_whole: { share: 'id', '?whole': 'id', '?part': 'id' },
  target_below_actual: { target: 'id', actual: 'id' },
  stated_twice: { first: 'id', second: 'id' },
  impossible_value: { figure: 'id' },
  repeated_figure: { figures: 'ids' },
  total_vs_components: { total: 'term', components: 'terms', '?relation': ['weighted_average', 'product'] },
  growth_pace: { current: 'growth', previous: 'id' },
  part_whole_growth: { whole: 'growth', part: 'growth', '?previous': 'whole-and-part', '?wholeLevel': 'id' },
};
const COMMON: Record<string, FieldKind> = { '?scopeDiffers': 'flag', '?reading': 'words' };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The problems of one value against its field kind, each a phrase naming what is wrong. */
function problemsOf(value: unknown, kind: FieldKind, ids: ReadonlyMap<string, Kind>): string[] {
  const id = (each: unknown): string[] => {
    if (typeof each !== 'string') return [messages.catalogueNotAnId(each)];
    const claimKind = ids.get(each);
    if (claimKind === undefined) return [messages.catalogueUnknownClaim(each)];
    return QUANTITY_KINDS.includes(claimKind) ? [] : [messages.catalogueNotAQuantity(each, claimKind)];
  };
  if (typeof kind !== 'string') return typeof value === 'string' && kind.includes(value) ? [] : [messages.catalogueNotOneOf(value, kind)];
  switch (kind) {
    case 'id': return id(value);
    case 'ids': return Array.isArray(value) && value.length > 0 ? value.flatMap(id) : [messages.catalogueNotAList(value)];
    case 'flag': return typeof value === 'boolean' ? [] : [messages.catalogueNotAFlag(value)];
    case 'words': return isObject(value) && typeof value.zh === 'string' && typeof value.en === 'string' ? [] : [messages.catalogueNotWords(value)];
    case 'terms': return Array.isArray(value) && value.length > 0 ? value.flatMap((each) => problemsOf(each, 'term', ids)) : [messages.catalogueNotAList(value)];
    case 'growth': {
      if (typeof value === 'string') return id(value);
      const side = (each: unknown): string[] => (Array.isArray(each) && each.length > 0 ? each.flatMap(id) : id(each));
      return isObject(value) && Object.keys(value).sort().join() === 'from,to' ? [...side(value.from), ...side(value.to)] : [messages.catalogueNotAGrowth(value)];
    }
    case 'whole-and-part':
      return isObject(value) && Object.keys(value).sort().join() === 'part,whole'
        ? [...problemsOf(value.whole, 'growth', ids), ...problemsOf(value.part, 'growth', ids)] : [messages.catalogueNotWholeAndPart(value)];
    case 'term': {
      if (typeof value === 'string') return id(value);
      const pairs = [['grown', 'by'], ['from', 'to'], ['share', 'of']] as const;
      const pair = isObject(value) ? pairs.find(([first, second]) => Object.keys(value).sort().join() === [first, second].sort().join()) : undefined;
      return pair && isObject(value) ? [...id(value[pair[0]]), ...id(value[pair[1]])] : [messages.catalogueNotATerm(value)];
    }
  }
}

/**
 * Reads and checks a report's catalogue of named checks (`catalogue.json`): an array of check
 * specs, each naming its family, its claims and why it is asked (the format of `CheckSpec`).
 * Every entry is checked once here, at the boundary: a known family, a unique check id, a reason,
 * the fields of its family and no others, claim ids that exist in the report and are quantities
 * (not dates, codes or names), and a share with its whole or its part.
 *
 * @param json - The text of `catalogue.json`.
 * @param rows - The report's claims, to check the ids against.
 * @param path - The file, for the error.
 * @returns The check specs, in file order.
 * @throws {ReportLoadError} Listing every problem, when the text is not JSON or an entry does not fit.
 * @example
 * readCatalogue('[{"check": "gdp", "family": "impossible_value", "why": "A level is never negative.", "figure": "gdp_2023"}]', bundledReport().rows, 'catalogue.json')[0].family
 * // => 'impossible_value'
 * readCatalogue('[{"check": "gdp", "family": "impossible_value", "why": "", "figure": "gdp_2032"}]', bundledReport().rows, 'catalogue.json')
 * // => throws ReportLoadError
 */
export function readCatalogue(json: string, rows: readonly Claim[], path: string): CheckSpec[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ReportLoadError(path, messages.catalogueNotJson(path, String(error)));
  }
  if (!Array.isArray(parsed)) throw new ReportLoadError(path, messages.catalogueProblems(path, [messages.catalogueNotAnArray()]));
  const ids = new Map(rows.map((row) => [row.id, row.kind]));
  const seen = new Set<string>();
  const problems: string[] = [];
  parsed.forEach((entry, index) => {
    const where = (text: string) => problems.push(messages.catalogueEntry(index, isObject(entry) && typeof entry.check === 'string' ? entry.check : null, text));
    if (!isObject(entry)) return where(messages.catalogueNotAnObject(entry));
    if (typeof entry.check !== 'string' || !/^[a-z][a-z0-9_]*$/.test(entry.check)) where(messages.catalogueBadCheckId(entry.check));
    else if (seen.has(entry.check)) where(messages.catalogueDuplicate(entry.check));
    else seen.add(entry.check);
    if (typeof entry.why !== 'string' || entry.why.trim() === '') where(messages.catalogueNoWhy());
    if (!FAMILIES.includes(entry.family as Family)) return where(messages.catalogueUnknownFamily(entry.family, FAMILIES));
    const fields = { ...FIELDS[entry.family as Family], ...COMMON };
    for (const [name, kind] of Object.entries(fields)) {
      const optional = name.startsWith('?');
      const key = optional ? name.slice(1) : name;
      if (entry[key] === undefined) { if (!optional) where(messages.catalogueMissingField(key)); continue; }
      for (const problem of problemsOf(entry[key], kind, ids)) where(`${key}: ${problem}`);
    }
    if (entry.family === 'share_of_whole' && entry.whole === undefined && entry.part === undefined) where(messages.catalogueShareAlone());
    const known = new Set(['check', 'family', 'why', ...Object.keys(fields).map((name) => name.replace(/^\?/, ''))]);
    for (const key of Object.keys(entry)) if (!known.has(key)) where(messages.catalogueUnknownField(key, entry.family as string));
  });
  if (problems.length > 0) throw new ReportLoadError(path, messages.catalogueProblems(path, problems));
  return parsed as CheckSpec[];
}

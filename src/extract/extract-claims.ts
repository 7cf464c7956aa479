import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';
import { table, type ColumnTable } from 'arquero';
import { clauseBefore, guessIndicator, guessKind, guessStatus, guessTopic } from './guess-meaning.ts';
import { normalizeText } from './normalize-text.ts';
import { reportLayout } from '../report/report-layout.ts';
import { scanNumbers, type NumberMatch } from './scan-numbers.ts';
import { tryParse } from '../quantity/try-parse.ts';
import type { Quantity } from '../quantity/types.ts';

/** Options of `extractClaims`. */
export interface ExtractOptions {
  /**
   * The year the report plans for (its targets' year; results are of the year before). Default:
   * read from the headings (二、2024年工作安排, 一、2023年工作回顾), else the year most often written.
   */
  year?: number;
  /** Where the planning part starts, as an offset. Default: the heading with 工作安排/主要目标/预期目标…. */
  planStart?: number;
}

/** The columns of `extractClaims`' table, in order: the claims format's, then the extractor's own. */
export const EXTRACT_COLUMNS = [
  'id', 'start', 'end', 'surface', 'value', 'scale', 'unit', 'kind', 'year', 'status', 'qualifier', 'cumulative', 'direction',
  'indicator', 'topic', 'low', 'high', 'amount', 'sentence', 'guessed',
] as const;

/** Which columns are guesses, for the `guessed` column. */
const GUESSED = 'kind;year;status;direction;indicator;topic';

/** The parts of the match that read as a quantity: the whole, or the shapes that carry no unit. */
function quantityOf(surface: string, shape: NumberMatch['shape']): Quantity | null {
  if (shape === 'date' || shape === 'code' || shape === 'name') return null;
  const read = tryParse(shape === 'year' ? surface.replace(/年$/, '') : surface);
  return read.ok ? read.quantity : null;
}

/** A value written for the claims format: the number as written, or the date in ISO form. */
function valueOf(surface: string, shape: NumberMatch['shape'], quantity: Quantity | null): string {
  if (shape === 'name') return surface.replace(/[^\d]/g, '');
  if (quantity && shape !== 'year') return quantity.value;
  const full = /(\d{4})[年-](\d{1,2})[月-](\d{1,2})/.exec(surface);
  if (full) return `${full[1]}-${full[2]?.padStart(2, '0')}-${full[3]?.padStart(2, '0')}`;
  const monthDay = /(\d{1,2})[月·](\d{1,2})/.exec(surface);
  if (monthDay) return `--${monthDay[1]?.padStart(2, '0')}-${monthDay[2]?.padStart(2, '0')}`;
  return surface.replace(/年$/, '');
}

/**
 * Finds every numeric expression in the text of a Chinese government work report (or statistical
 * bulletin) and returns a draft claims table: each row's span and surface exactly as in the text,
 * its number, scale, unit, qualifier, rounding interval and amount from the quantity parser, and
 * best guesses, named in the `guessed` column, at its kind, year, status (actual, estimate,
 * target, reference), direction, indicator and topic, with its sentence. It reads Arabic digits
 * with decimals and separators (full-width too), 万/亿 scales, units, %, 个百分点, ratios,
 * qualifiers before and after the number (约, 近, 超过, 突破, 以上, 以内, 左右, 余, 多), and
 * traditional characters; in "A、B、C分别增长x、y、z" each number gets its own indicator, and in
 * "均增长x" the number gets all of them. It never throws: a string it cannot read gives no rows.
 *
 * @param text - The report text (any string).
 * @param options - See `ExtractOptions`.
 * @returns The draft claims, one row per numeric expression, in text order.
 * @example
 * extractClaims('全年接待游客4494万人次、旅游综合收入217亿元,均增长10%以上。').select('surface', 'unit', 'kind', 'indicator').objects()
 * // => [{ surface: '4494万人次', unit: 'person_time', kind: 'count', indicator: '接待游客' }, { surface: '217亿元', unit: 'yuan', kind: 'level', indicator: '旅游综合收入' }, { surface: '10%以上', unit: 'percent', kind: 'growth', indicator: '接待游客增长;旅游综合收入增长' }]
 */
export function extractClaims(text: string, options: ExtractOptions = {}): ColumnTable {
  if (options.year !== undefined && !(Number.isInteger(options.year) && options.year >= 1000 && options.year <= 9999)) {
    throw new FactcheckError('INVALID_ARGUMENT', messages.badYear(options.year));
  }
  if (options.planStart !== undefined && !(Number.isInteger(options.planStart) && options.planStart >= 0)) {
    throw new FactcheckError('INVALID_ARGUMENT', messages.badCount('planStart', options.planStart));
  }
  const source = typeof text === 'string' ? text : '';
  const normalized = normalizeText(source);
  const layout = reportLayout(normalized, options.year);
  const planStart = options.planStart ?? layout.planStart;
  const matches = scanNumbers(normalized);
  const sentences = sentenceFinder(normalized);
  const rows: Record<string, unknown>[] = [];
  matches.forEach((match, index) => {
    const surface = source.slice(match.start, match.end);
    const written = normalized.slice(match.start, match.end);
    const quantity = quantityOf(written, match.shape);
    const clause = clauseBefore(normalized, match.start);
    const after = normalized.slice(match.end, match.end + 4);
    const meaning = guessKind(match.shape, quantity?.unit ?? 'number', quantity?.qualifier ?? 'exact', surface, clause, after);
    // Dates, codes and names are not quantities: their unit names what they are, as in the claims format.
    const unit = meaning.kind === 'date' || meaning.kind === 'code' || meaning.kind === 'name' ? meaning.kind : quantity?.unit ?? 'number';
    const bounds = sentences(match.start, match.end);
    const sentence = normalized.slice(bounds.from, bounds.to);
    const sentenceBefore = normalized.slice(bounds.from, match.start);
    const status = guessStatus(meaning.kind, match.start >= planStart, written, sentenceBefore);
    const dated = meaning.kind === 'date' ? /((?:19|20)\d{2})/.exec(surface)?.[1] : undefined;
    const year = dated ? Number(dated) : layout.year === null ? null : status === 'target' ? layout.year : status === 'reference' ? null : layout.year - 1;
    rows.push({
      id: `claim_${String(index + 1).padStart(4, '0')}`,
      start: match.start,
      end: match.end,
      surface,
      value: valueOf(written, match.shape, quantity),
      scale: quantity?.scale ?? 1,
      unit,
      kind: meaning.kind,
      year,
      status,
      qualifier: quantity?.qualifier ?? 'exact',
      cumulative: quantity?.cumulative ?? false,
      direction: meaning.direction,
      indicator: guessIndicator(clause),
      topic: guessTopic(sentence),
      low: quantity && Number.isFinite(quantity.interval.low) ? quantity.interval.low : null,
      high: quantity && Number.isFinite(quantity.interval.high) ? quantity.interval.high : null,
      amount: quantity?.amount ?? null,
      sentence: source.slice(bounds.from, bounds.to).trim(),
      sentenceFrom: bounds.from,
      clauseStart: match.start - clause.length,
      clause,
      guessed: GUESSED,
    });
  });
  assignListIndicators(rows);
  return table(Object.fromEntries(EXTRACT_COLUMNS.map((column) => [column, rows.map((row) => row[column] ?? null)])));
}

/** How far a sentence reaches either side of its number at most, in characters. */
const SENTENCE_REACH = 300;

/**
 * A function giving the sentence around a span, as `sentenceAt` cuts it (after the previous
 * 。!?!? or line break, through the next), found by binary search in the sentence ends of the text,
 * so that a long text costs one pass, not one pass per number.
 */
function sentenceFinder(text: string): (start: number, end: number) => { from: number; to: number } {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i += 1) if (/[。！？!?\n]/.test(text[i] as string)) ends.push(i);
  const firstAtOrAfter = (position: number): number => {
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((ends[middle] as number) < position) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return (start, end) => {
    const before = firstAtOrAfter(start) - 1;
    let from = before >= 0 ? (ends[before] as number) + 1 : 0;
    const after = firstAtOrAfter(Math.max(end, start));
    let to = after < ends.length ? (ends[after] as number) : text.length;
    if (to < text.length && text[to] !== '\n') to += 1;
    // A "sentence" of thousands of characters (a table, text without punctuation) is cut around the
    // number, so that each row costs the same whatever the text.
    from = Math.max(from, start - SENTENCE_REACH);
    to = Math.min(to, Math.max(end, start) + SENTENCE_REACH);
    while (from < to && /\s/.test(text[from] as string)) from += 1;
    while (to > from && /\s/.test(text[to - 1] as string)) to -= 1;
    return { from, to };
  };
}

/**
 * "批发、零售、住宿、餐饮业营业额分别增长12.3%、8.1%、…": the i-th number after 分别 measures the
 * i-th item of the list before it, and is the same kind of figure as the first. "…4494万人次、
 * …217亿元,均增长10%以上": a number after 均 measures every indicator of the clause before it. A
 * change with no name of its own ("273.46亿元、增长5.5%") is the change of the figure before it.
 * Rows are in text order, so each looks only at its neighbours: the pass is linear.
 */
function assignListIndicators(rows: Record<string, unknown>[]): void {
  rows.forEach((row, i) => {
    const clauseStart = row.clauseStart as number;
    const clause = String(row.clause);
    const respectively = clause.indexOf('分别');
    if (respectively >= 0) {
      const items = clause.slice(0, respectively).split(/[、和及与]/).map((item) => guessIndicator(item)).filter((item) => item !== '');
      const inList = (other: Record<string, unknown> | undefined) => other !== undefined && other.clauseStart === clauseStart && (other.start as number) > clauseStart + respectively;
      let first = i;
      while (inList(rows[first - 1])) first -= 1;
      const position = i - first;
      const cue = (/^分别([^\d]*)/.exec(clause.slice(respectively))?.[1] ?? '').replace(/[、\s]/g, '');
      if (items.length > 1 && position < items.length) row.indicator = `${items[position]}${cue}`;
      const leader = rows[first];
      if (leader && leader !== row) {
        row.kind = leader.kind;
        row.direction = leader.direction;
      }
    }
    const previous = rows[i - 1];
    if (row.indicator === '') {
      const cue = /(增长|增速|下降|提高|降低|减少|增加|上升)[^\d]*$/.exec(clause)?.[1] ?? '';
      if (previous && previous.sentenceFrom === row.sentenceFrom && previous.indicator !== '') row.indicator = `${previous.indicator}${cue}`;
    }
    const each = /^均([^\d]*)$/.exec(clause.trim());
    if (respectively < 0 && each && previous && (previous.end as number) <= clauseStart) {
      // every number of the clause just before, which all share that clause's start
      const names: string[] = [];
      for (let j = i - 1; j >= 0 && (rows[j] as Record<string, unknown>).clauseStart === previous.clauseStart; j -= 1) {
        names.unshift(`${(rows[j] as Record<string, unknown>).indicator}${each[1] ?? ''}`);
      }
      row.indicator = names.join(';');
    }
  });
}

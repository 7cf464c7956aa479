import { noteLink, type DraftColumns } from './draft-columns.ts';
import { NEW_THINGS_OPENING } from './new-things.ts';
import { REFERENCE_KINDS } from './figure-before.ts';
import type { Kind } from '../report/types.ts';

/**
 * What places are measured by, named alone after the count of the places (小学318所。招生4.21万人…在校生26.43万人; 星级饭店8家…客房1260间;
 * 技工院校9所，在校生2.36万人): their pupils, staff, rooms and rates.
 */
const PLACE_MEASURE = /^(?:招生|招生人数|招收学生|在校生|在校学生|在园幼儿|入园幼儿|毕业生|专任教师|教职工|教职员工|生师比|师生比|班级|毕业生就业率|就业率|升学率|客房|床位|平均客房出租率|客房出租率|从业人员)$/;
/** The units places are counted in (所, 家, 个, 座, 处). */
const PLACES: ReadonlySet<string> = new Set(['institution', 'entity', 'item', 'structure', 'site']);
/** What sets a part of the places apart, opening its clause (其中公办幼儿园311所, 另有教学点126个, （含教学点126个）), or compares their number (比上年减少37所). */
const PART_OPENING = /^[\s，,；;]*[（(]?(?:其中|另有|含)|比上年|较上年|比年初|同比/;
/** A sentence that sets apart parts of the places before (其中，公办幼儿园512所…；普惠性民办幼儿园468所。). */
const PART_SENTENCE = /^\s*(?:其中|另有)/;
/** A name of a change of a number (…减少, …增加, 净增…). */
const AMOUNT_OF_CHANGE = /(?:增加|减少|净增|净减|下降|增长)$/;
/** How many figures back the count of places may be. */
const REACH = 16;

/** A mark that ends a stretch of text a count of places may open: a sentence's end, a semicolon or a line break. */
const STRETCH_END = /[。；;！？\n]/;

/** The first figure of the stretch (up to 。；or a line break) that row `j` stands in, dates and codes aside. */
function firstOfStretch(columns: DraftColumns, text: string, j: number): number {
  const { kind, start, end } = columns;
  let first = j;
  for (let k = j - 1; k >= 0 && !STRETCH_END.test(text.slice(end[k] as number, start[first] as number)); k -= 1) {
    if (!REFERENCE_KINDS.has(kind[k] as Kind)) first = k;
  }
  return first;
}

/**
 * Names what places are measured by after the places, as bulletins write a paragraph about one kind of place: the count of the
 * places opens a sentence (小学318所，另有教学点126个), and the sentences after it give their measures alone (招生4.21万人；在校生
 * 26.43万人；毕业生4.67万人。…生师比为16.7:1) → 小学招生, 小学在校生, 小学毕业生, 小学生师比. Only a measure named by one of its words
 * alone (`PLACE_MEASURE`), after the nearest count of places in the same paragraph (line), where that count, or the count that opens
 * its stretch of text (up to 。, ； or a line break), opens the stretch, counts no new places (新建幼儿园5所 is not the places the
 * measures are of) and stands with no other kind of places counted beside it but its parts (其中…, 另有…, 公办幼儿园 of 幼儿园) and
 * changes of its number (比上年减少37所). A count of places after
 * another figure of its stretch (招生300人的民办学校24所) names nothing. The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`), before `assignListIndicators` names the changes after them.
 * @param text - The normalised text.
 */
export function namePlaceMeasures(columns: DraftColumns, text: string): void {
  const { indicator, start, end, kind, unit, clauseStart } = columns;
  const counted = (j: number) => kind[j] === 'count' && PLACES.has(unit[j] as string) && indicator[j] !== '';
  // A count of the same places or a part of them: set apart (其中…, 另有…), a change of their number (比上年减少37所), or a kind of
  // them (公办幼儿园 of 幼儿园).
  const partOf = (j: number, first: number) => PART_OPENING.test(text.slice(Math.max(clauseStart[j] as number, end[j - 1] as number), start[j] as number))
    || PART_OPENING.test(text.slice(clauseStart[j] as number, start[j] as number))
    || (indicator[j] as string).endsWith(indicator[first] as string) || AMOUNT_OF_CHANGE.test(indicator[j] as string);
  for (let i = 0; i < indicator.length; i += 1) {
    const name = indicator[i] as string;
    if (name.length < 2 || name.length > 7 || !PLACE_MEASURE.test(name) || REFERENCE_KINDS.has(kind[i] as Kind)) continue;
    const lineStart = text.lastIndexOf('\n', start[i] as number);
    // The nearest count of places before it in its paragraph (new places end the search: 新建幼儿园5所，在园幼儿… names nothing).
    let places = -1;
    for (let j = i - 1; j >= Math.max(0, i - REACH) && (start[j] as number) > lineStart && places < 0; j -= 1) if (counted(j)) places = j;
    if (places < 0 || NEW_THINGS_OPENING.test(indicator[places] as string)) continue;
    // The count that opens that count's stretch (小学318所，另有教学点126个), with no other kind of places counted beside it but its
    // parts (其中…, 另有…): 旅行社12家、星级饭店5家，客房860间 names no rooms.
    const first = firstOfStretch(columns, text, places);
    // A count set apart from the places before (另有小学教学点187个。; 其中，…；普惠性民办幼儿园468所。) is no count the measures of later sentences are of (其中民办幼儿园
    // 187所，在园幼儿4.38万人 names its own).
    const setApart = (PART_OPENING.test(text.slice(clauseStart[first] as number, start[first] as number)) || PART_SENTENCE.test(text.slice(columns.sentenceFrom[first] as number, start[first] as number)))
      && firstOfStretch(columns, text, i) !== first;
    if (!counted(first) || NEW_THINGS_OPENING.test(indicator[first] as string) || setApart) continue;
    let others = false;
    for (let j = first + 1; j <= places && !others; j += 1) others = counted(j) && !partOf(j, first);
    if (others) continue;
    indicator[i] = `${indicator[first]}${name}`;
    noteLink(columns, i, `named after the places the paragraph counts before it (${columns.surface[first]})`);
  }
}

import { noteLink, type DraftColumns } from './draft-columns.ts';
import { NEW_THINGS_OPENING } from './new-things.ts';

/**
 * What places are measured by, named alone after the count of the places (小学318所。招生4.21万人…在校生26.43万人; 星级饭店8家…客房1260间;
 * 技工院校9所，在校生2.36万人): their pupils, staff, rooms and rates.
 */
const PLACE_MEASURE = /^(?:招生|招生人数|招收学生|在校生|在校学生|在园幼儿|入园幼儿|毕业生|专任教师|教职工|教职员工|生师比|师生比|班级|毕业生就业率|就业率|升学率|客房|床位|平均客房出租率|客房出租率|从业人员)$/;
/** The units places are counted in (所, 家, 个, 座, 处). */
const PLACES: ReadonlySet<string> = new Set(['institution', 'entity', 'item', 'structure', 'site']);
/** Kinds of rows that are not figures of a sentence of their own: a date or a code may stand before the count of places. */
const NOT_FIGURES: ReadonlySet<string> = new Set(['date', 'code', 'name', 'ordinal', 'threshold']);
/** How many figures back the count of places may be. */
const REACH = 16;

/** A mark that ends a stretch of text a count of places may open: a sentence's end, a semicolon or a line break. */
const STRETCH_END = /[。；;！？\n]/;

/** The first figure of the stretch (up to 。；or a line break) that row `j` stands in, dates and codes aside. */
function firstOfStretch(columns: DraftColumns, text: string, j: number): number {
  const { kind, start, end } = columns;
  let first = j;
  for (let k = j - 1; k >= 0 && !STRETCH_END.test(text.slice(end[k] as number, start[first] as number)); k -= 1) {
    if (!NOT_FIGURES.has(kind[k] as string)) first = k;
  }
  return first;
}

/**
 * Names what places are measured by after the places, as bulletins write a paragraph about one kind of place: the count of the
 * places opens a sentence (小学318所，另有教学点126个), and the sentences after it give their measures alone (招生4.21万人；在校生
 * 26.43万人；毕业生4.67万人。…生师比为16.7:1) → 小学招生, 小学在校生, 小学毕业生, 小学生师比. Only a measure named by one of its words
 * alone (`PLACE_MEASURE`), after the nearest count of places in the same paragraph (line), where that count, or the count that opens
 * its stretch of text (up to 。, ； or a line break), opens the stretch and counts no new places (新增幼儿园5所 is not the places the
 * measures are of). A count of places after another figure of its stretch (不足100人的乡村小规模学校87所) names nothing. The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`), before `assignListIndicators` names the changes after them.
 * @param text - The normalised text.
 */
export function namePlaceMeasures(columns: DraftColumns, text: string): void {
  const { indicator, start, kind, unit } = columns;
  const isPlaces = (j: number) => kind[j] === 'count' && PLACES.has(unit[j] as string) && indicator[j] !== '' && !NEW_THINGS_OPENING.test(indicator[j] as string);
  for (let i = 0; i < indicator.length; i += 1) {
    const name = indicator[i] as string;
    if (name.length < 2 || name.length > 7 || !PLACE_MEASURE.test(name) || NOT_FIGURES.has(kind[i] as string)) continue;
    const lineStart = text.lastIndexOf('\n', start[i] as number);
    // The nearest count of places before it in its paragraph, or the first figure of that count's stretch (小学318所，另有教学点126个).
    let places = -1;
    for (let j = i - 1; j >= Math.max(0, i - REACH) && (start[j] as number) > lineStart && places < 0; j -= 1) if (isPlaces(j)) places = j;
    if (places < 0) continue;
    const first = firstOfStretch(columns, text, places);
    if (first !== places && !isPlaces(first)) continue;
    indicator[i] = `${indicator[first]}${name}`;
    noteLink(columns, i, `named after the places the paragraph counts before it (${columns.surface[first]})`);
  }
}

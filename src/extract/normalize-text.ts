/**
 * Traditional characters that matter to numbers and units, and their simplified forms. Every
 * entry maps one UTF-16 unit to one, so offsets in the normalised text are offsets in the original.
 */
const TRADITIONAL: Record<string, string> = {
  萬: '万', 億: '亿', 個: '个', 項: '项', 畝: '亩', 噸: '吨', 戶: '户', 點: '点', 標: '标', 輛: '辆', 處: '处', 條: '条',
  組: '组', 與: '与', 約: '约', 僅: '仅', 餘: '余', 內: '内', 達: '达', 實: '实', 現: '现', 長: '长', 較: '较', 減: '减',
  計: '计', 預: '预', 過: '过', 臺: '台', 台: '台', 種: '种', 類: '类', 級: '级', 頃: '顷', 裡: '里', 棟: '栋', 塊: '块',
  屆: '届', 時: '时', 鐘: '钟', 門: '门', 總: '总', 額: '额', 幣: '币', 際: '际', 區: '区', 縣: '县', 鎮: '镇', 鄉: '乡',
  資: '资', 產: '产', 業: '业', 務: '务', 權: '权', 稅: '税', 貿: '贸', 銷: '销', 費: '费', 創: '创', 營: '营', 衛: '卫',
  醫: '医', 療: '疗', 學: '学', 經: '经', 濟: '济', 發: '发', 展: '展', 財: '财', 政: '政', 收: '收', 入: '入',
  漲: '涨', 將: '将', 接: '接', 於: '于', 為: '为', 開: '开', 戰: '战', 勝: '胜', 負: '负', 債: '债', 貸: '贷', 款: '款',
  進: '进', 出: '出', 遊: '游', 客: '客', 觀: '观', 環: '环', 節: '节', 農: '农', 車: '车', 場: '场', 價: '价', 積: '积',
};

/** Line breaks other than \n (a carriage return alone, as old Mac files have; the Unicode line and paragraph separators), as \n: headings and sentences end there too. */
const LINE_BREAKS: Record<string, string> = { '\r': '\n', '\u2028': '\n', '\u2029': '\n', '\u0085': '\n' };

/** Full-width signs that belong to numbers, and their ASCII forms (also one unit to one). */
const FULL_WIDTH: Record<string, string> = {
  '\uff05': '%', '\uff0e': '.', '\uff1a': ':', '\uff0b': '+', '\uff0d': '-', '\u30fb': '·',
};
// The full-width comma (\uff0c) stays: in Chinese text it is punctuation, so "5,300人" is two numbers, not 5300.

/**
 * The text with full-width digits and signs made ASCII and the traditional characters of numbers,
 * units and cue words made simplified, one character for one, so that a match in the result is a
 * match at the same offsets in the original.
 */
export function normalizeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    const code = char.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) out += String.fromCharCode(code - 0xfee0);
    else out += FULL_WIDTH[char] ?? TRADITIONAL[char] ?? LINE_BREAKS[char] ?? char;
  }
  return out;
}

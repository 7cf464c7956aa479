/**
 * Traditional characters that matter to numbers, units and cue words, and their simplified forms
 * (億 → 亿, 萬 → 万, 噸 → 吨, 以內 → 以内…). Every entry maps one UTF-16 unit to one, so offsets
 * in normalised text are offsets in the original. The quantity parser and the extractor read
 * through this one table, so a surface written in traditional characters parses as it was found.
 */
export const TRADITIONAL_FORMS: Readonly<Record<string, string>> = {
  萬: '万', 億: '亿', 個: '个', 項: '项', 畝: '亩', 噸: '吨', 戶: '户', 點: '点', 標: '标', 輛: '辆', 處: '处', 條: '条',
  組: '组', 與: '与', 約: '约', 僅: '仅', 餘: '余', 內: '内', 達: '达', 實: '实', 現: '现', 長: '长', 較: '较', 減: '减',
  計: '计', 預: '预', 過: '过', 臺: '台', 台: '台', 種: '种', 類: '类', 級: '级', 頃: '顷', 裡: '里', 棟: '栋', 塊: '块',
  屆: '届', 時: '时', 鐘: '钟', 門: '门', 總: '总', 額: '额', 幣: '币', 際: '际', 區: '区', 縣: '县', 鎮: '镇', 鄉: '乡',
  資: '资', 產: '产', 業: '业', 務: '务', 權: '权', 稅: '税', 貿: '贸', 銷: '销', 費: '费', 創: '创', 營: '营', 衛: '卫',
  醫: '医', 療: '疗', 學: '学', 經: '经', 濟: '济', 發: '发', 展: '展', 財: '财', 政: '政', 收: '收', 入: '入',
  漲: '涨', 將: '将', 接: '接', 於: '于', 為: '为', 開: '开', 戰: '战', 勝: '胜', 負: '负', 債: '债', 貸: '贷', 款: '款', 歲: '岁', 張: '张',
  進: '进', 出: '出', 遊: '游', 客: '客', 觀: '观', 環: '环', 節: '节', 農: '农', 車: '车', 場: '场', 價: '价', 積: '积',
};

/** Words of change a growth rate's indicator ends with, as reviewers write them (地区生产总值增长). */
export const CHANGE_END = /(增长|增速|增幅|涨幅|下降|降低|减少|提高|提升|上升|上涨|增加|增产|减产|回落|回升|加快|放缓|压缩|压减|变动|贬值|升值|扩大|缩小|收窄)$/;
/** The word of change a growth's name ends with, after 同比 if written: what is left before it is the subject and its measure. */
export const CHANGE_TAIL = /(?:同比)?(?:增长|下降|上涨|下跌|回落|提高|降低|减少|增加)$/;
export const CHANGE_IN_CLAUSE = /(增长|增速|增幅|涨幅|下降|降低|减少|提高|提升|上升|上涨|增加|增产|减产|回落|压缩|压减|贬值|升值|扩大|缩小|收窄)/g;

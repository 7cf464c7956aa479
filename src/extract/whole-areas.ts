/** The words of a whole area a name or a clause may open with (全国, 全省, 全市, 全区, 全县, 全州, 全盟), as pattern alternatives. */
export const WHOLE_AREAS = '全国|全省|全市|全区|全县|全州|全盟';

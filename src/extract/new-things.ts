/**
 * The words that open the name of things newly got or made (新增企业, 新培育高新技术企业, 引进青年人才, 新设立联系点, 新登记经营主体, 新创建示范村, 新评定重点村),
 * longest first where one ends another, as pattern alternatives: their figure is a flow of the year, not the stock of the things.
 */
export const NEW_THINGS = '新增|净增|新建|新培育|培育|新引进|引进|招引|新设立|新设|新成立|新认定|新登记|新创建|新评定|新评选|新申报|新认证';

/** Those words (one or more: 培育引进) opening a name. */
export const NEW_THINGS_OPENING = new RegExp(`^(?:${NEW_THINGS})+`);

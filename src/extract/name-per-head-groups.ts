import { noteLink, type DraftColumns } from './draft-columns.ts';

/** A name per head (人均经营净收入, 户均…): of a group where its sentence has named one before. */
const PER_HEAD_OPENING = /^(?:人均|户均)/;
/** The group a name per head opens with (城镇居民人均工资性收入 → 城镇居民). */
const GROUP_PER_HEAD = /^((?:城镇|农村|城市|乡村|全体|全市|全县|全区|全省)?(?:常住)?(?:居民|农民|职工|家庭|住户))(?=人均|户均)/;

/**
 * Names a figure per head that its own clause names without its group (城镇居民人均工资性收入34128元，增长4.3%；人均经营净收入6215元 →
 * 城镇居民人均经营净收入) with the group the figure before it in its sentence is named with, so that the same measures of
 * another group (农村居民…；人均经营净收入9213元) are told apart. The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 */
export function namePerHeadGroups(columns: DraftColumns): void {
  const { indicator, sentenceFrom } = columns;
  let group = '';
  for (let i = 0; i < indicator.length; i += 1) {
    if (i > 0 && sentenceFrom[i] !== sentenceFrom[i - 1]) group = '';
    const name = indicator[i] as string;
    const own = GROUP_PER_HEAD.exec(name);
    if (own) group = own[1] as string;
    else if (group !== '' && PER_HEAD_OPENING.test(name)) {
      indicator[i] = `${group}${name}`;
      noteLink(columns, i, 'named with the group its sentence names before it');
    }
  }
}

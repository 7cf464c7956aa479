import { existsSync } from 'node:fs';

/** A font file and the family name it holds. */
export interface FontFile {
  file: string;
  family: string;
}

/** Where the common CJK fonts live on Debian/Ubuntu, macOS and Windows, best first. */
export const CJK_FONT_PLACES: readonly FontFile[] = [
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' },
  { file: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' },
  { file: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' },
  { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYi Micro Hei' },
  { file: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', family: 'WenQuanYi Zen Hei' },
  { file: '/usr/share/fonts/truetype/arphic/uming.ttc', family: 'AR PL UMing CN' },
  { file: '/System/Library/Fonts/PingFang.ttc', family: 'PingFang SC' },
  { file: '/System/Library/Fonts/STHeiti Medium.ttc', family: 'Heiti SC' },
  { file: 'C:\\Windows\\Fonts\\msyh.ttc', family: 'Microsoft YaHei' },
  { file: 'C:\\Windows\\Fonts\\simsun.ttc', family: 'SimSun' },
];

/**
 * Finds a CJK font for PNG rendering: the file named by the environment variable
 * `WULONG_CJK_FONT` (with `WULONG_CJK_FONT_FAMILY` for its family name, default "Noto Sans CJK
 * SC"), or the first of `CJK_FONT_PLACES` that exists; `null` when there is none.
 *
 * @param places - Where to look. Default `CJK_FONT_PLACES`.
 * @returns The font, or `null`.
 * @example
 * findCjkFont([{ file: '/nowhere/font.ttc', family: 'None' }])
 * // => null
 */
export function findCjkFont(places: readonly FontFile[] = CJK_FONT_PLACES): FontFile | null {
  const fromEnv = typeof process !== 'undefined' ? process.env.WULONG_CJK_FONT : undefined;
  if (fromEnv && existsSync(fromEnv)) return { file: fromEnv, family: process.env.WULONG_CJK_FONT_FAMILY ?? 'Noto Sans CJK SC' };
  return places.find((place) => existsSync(place.file)) ?? null;
}

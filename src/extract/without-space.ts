import { isSpace } from './is-space.ts';

/** A name without its white space (as text copied from a PDF splits names: 地区 生产总值); the text itself where it has none, as most have. */
export function withoutSpace(text: string): string {
  for (let i = 0; i < text.length; i += 1) if (isSpace(text.charCodeAt(i))) return text.replace(/\s+/g, '');
  return text;
}

import type { Figure } from '../../report/types.ts';
import { type Language } from '../../text/format-value.ts';
/** A figure's value as the report writes it (`10%以上`, `下降0.5%`), or in English (`at least 10%`, `a fall of 0.5%`). */
export declare function figureText(figure: Figure, language: Language): string;

/** Terminal columns a string takes: East Asian wide and full-width characters count two. */
export declare function displayWidth(text: string): number;
/** Pads (or cuts, ending with …) a string to exactly `width` terminal columns. */
export declare function fitWidth(text: string, width: number): string;

/** The value, when it is a finite number; otherwise a `NOT_A_NUMBER` error naming it and saying what to pass. */
export declare function finiteNumber(value: unknown, name: string): number;

/** What stands between two figures of one list and nothing else (29.9%、14.5%和11.9%: 、, 和, 及, 与). */
export const LIST_JOIN_ONLY = /^\s*[、和及与]\s*$/;

/** What stands between a figure and one listed right after it in its clause: 、 and the second's name (3期、参训; 112.6亿元、普通国省道). */
export const LISTED_AFTER = /^\s*、[^，,；;。\d]*$/;

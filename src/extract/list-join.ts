/** What stands between two figures of one list and nothing else (29.9%、14.5%和11.9%: 、, 和, 及, 与). */
export const LIST_JOIN_ONLY = /^\s*[、和及与]\s*$/;

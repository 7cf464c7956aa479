/** A line that is a page number alone: - 2 -, —2—, 第2页, 第2页 共10页, 2/10, or a bare number of up to three digits. */
const PAGE_NUMBER = /^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|\d{1,3})\s*$/;

/** Whether a line (without its line break) is a page number alone, as text copied from a PDF has between pages. */
export const isPageNumber = (line: string): boolean => PAGE_NUMBER.test(line);

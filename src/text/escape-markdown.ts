/** Markdown text with every character that could start markup (or raw HTML) escaped. */
export const escapeMarkdown = (text: string): string => text.replace(/([\\`*_[\]<>#|!~&])/g, '\\$1');

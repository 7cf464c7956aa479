/** Markdown text with every character that could start markup (or raw HTML) escaped. */
export declare const escapeMarkdown: (text: string) => string;

/**
 * A URL fit to print as a link in Markdown or HTML: an http(s) address with no characters that
 * could end the link or start markup, or an empty string for anything else (javascript:, data:…).
 */
export declare function safeUrl(url: string): string;

/** Escapes text for HTML element content and quoted attribute values: & < > " ' all become entities. */
export declare const escapeHtml: (text: string) => string;

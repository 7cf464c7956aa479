/**
 * A URL fit to print as a link in Markdown or HTML: an http(s) address with no characters that
 * could end the link or start markup, or an empty string for anything else (javascript:, data:…).
 */
export function safeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
  return parsed.href.replace(/[<>"'`\s]/g, encodeURIComponent);
}

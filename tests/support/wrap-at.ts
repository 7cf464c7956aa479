/** A paragraph wrapped at a page's width, as a PDF's text layer has it: greedy, mid-word and mid-number (a Chinese character is two units wide). */
export const wrapAt = (paragraph: string, width = 76): string => {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const char of paragraph) {
    const wide = char.charCodeAt(0) < 0x1100 ? 1 : 2;
    if (used + wide > width) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += char;
    used += wide;
  }
  return [...lines, line].join('\n');
};

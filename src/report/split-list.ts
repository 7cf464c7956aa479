/** Splits a `;`-separated cell into its trimmed, non-empty items (an empty cell gives `[]`). */
export function splitList(cell: string | null | undefined): string[] {
  if (cell === null || cell === undefined) return [];
  return cell.split(';').map((item) => item.trim()).filter((item) => item !== '');
}

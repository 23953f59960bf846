/** Sizes and formats of downloadable files, as readers see them. */

/** "350 KB", "1,2 MB": Vietnamese decimal comma, one decimal below 10. */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`Invalid size: ${bytes}`);
  const units = ['B', 'KB', 'MB', 'GB'];
  const rounded = (value: number) => (value < 10 ? Number(value.toFixed(1)) : Math.round(value));
  let value = bytes;
  let unit = 0;
  // Step up while the value, once rounded for display, would reach 1000 (999 999 B is "1 MB").
  while (unit < units.length - 1 && (unit === 0 ? value : rounded(value)) >= 1000) {
    value /= 1000;
    unit++;
  }
  const shown = unit === 0 ? String(value) : String(rounded(value));
  return `${shown.replace('.', ',')} ${units[unit]}`;
}

/** The format name of a file from its extension: PDF, DOCX, JPG… */
export function fileFormat(name: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(name);
  return match ? match[1]!.toUpperCase() : '';
}

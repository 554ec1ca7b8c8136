/** Saves text as a file through the browser's download (nothing leaves the device). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Today's date for a file name: "2026-11-27". */
export const today = (): string => new Date().toISOString().slice(0, 10);

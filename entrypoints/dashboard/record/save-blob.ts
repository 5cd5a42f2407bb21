/** Hands a file made on this computer to the browser's downloads. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The download has taken the blob by then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

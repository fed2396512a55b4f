/**
 * Hands `text` to the browser as a download named `fileName`. A link with `download` to a Blob works in
 * any browser and in Electron (which asks where to save it); the address is released once it has been used.
 */
export function saveTextFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the Blob after the click returns; releasing it a minute later is ample and costs nothing.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Hands `contents` to the browser as a download named `fileName`. A link with `download` to a Blob works in
 * any browser and in Electron (which asks where to save it); the address is released once it has been used.
 */
export function saveFile(fileName: string, contents: Blob): void {
  const url = URL.createObjectURL(contents);
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

export function saveTextFile(fileName: string, text: string, type = 'application/json'): void {
  saveFile(fileName, new Blob([text], { type }));
}

/** Saves bytes that crossed the API as base64. */
export function saveBase64File(fileName: string, base64: string, type = 'application/octet-stream'): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  saveFile(fileName, new Blob([bytes], { type }));
}

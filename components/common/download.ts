/**
 * Every file the guide writes (backups, supervision and feedback files, exports, adaptation files)
 * leaves the same way: saved as a download through a Blob URL and <a download>, no permission needed.
 */

/** Saves `text` as `fileName`. */
export function download(text: string, fileName: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by the next task; releasing it then is safe.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves text or bytes as a file the browser downloads; the object URL is released right after. */
export function downloadBlob(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export async function readFiles(
  list: FileList | File[],
): Promise<{ name: string; text: string }[]> {
  return Promise.all(
    [...list].map(async (file) => ({
      name: file.webkitRelativePath || file.name,
      text: await file.text(),
    })),
  );
}

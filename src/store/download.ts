// Saves text as a file through the browser's download (export, transcript).
export type Download = (name: string, type: string, text: string) => void;

export const browserDownload: Download = (name, type, text) => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

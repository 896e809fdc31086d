/** Putting a draft on the clipboard: as paragraphs for word processors and e-mail, else as plain text. */

export type Copied = 'formatted' | 'plain' | 'failed';

const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

export async function copyText(text: string): Promise<Copied> {
  const html = text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
    return 'formatted';
  } catch {
    try {
      await navigator.clipboard.writeText(text);
      return 'plain';
    } catch {
      return 'failed';
    }
  }
}

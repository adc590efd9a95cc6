/**
 * MapLibre puts each source's `attribution` into the page as HTML. Ours are plain text (the manifest's, and
 * imported file names, which are untrusted): escaped, and each isolated in <bdi> so that a right-to-left
 * override in one credit cannot reverse the others.
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
};

export function attributionHtml(text: string): string {
  return `<bdi>${text.replace(/[&<>"']/g, (c) => ESCAPES[c]!)}</bdi>`;
}

/** Right-to-left letters or bidi controls: text that can reorder what follows it unless isolated. */
const BIDI = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Plain text (a file name, say) wrapped in U+2068…U+2069 when it could reorder the text around it. */
export function isolateBidi(text: string): string {
  return BIDI.test(text) ? `\u2068${text}\u2069` : text;
}

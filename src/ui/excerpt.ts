/**
 * A place's short summary for the place list (and so for the prerendered page, whose bytes count on the
 * first load): the first sentence, cut at a word near `max` characters when longer. Untrusted data
 * (an imported file's `summary` can be anything) gives an empty string.
 */
export function excerpt(summary: unknown, max = 120): string {
  if (typeof summary !== 'string') return '';
  const text = summary.replace(/\s+/g, ' ').trim();
  // A sentence ends at . ! or ? before a space and a capital; not after an initial ("Ann E. Abramson").
  const end = text.search(/(?<!\b[A-Z])[.!?](?=\s+["“‘(]?[A-ZÁÉÍÓÚÑ])/);
  const sentence = end >= 0 ? text.slice(0, end + 1) : text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:–—-]+$/, '')}…`;
}

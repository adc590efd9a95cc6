/**
 * The manifest's glossary (jargon such as FIR or NOTAM, in plain words): which terms a text uses, and the
 * text cut into pieces so each term can be marked up with its explanation.
 */
import type { GlossaryEntry } from '../data/schema';

/** Entries with a term and an explanation; anything else in the list is skipped. */
export function readGlossary(value: unknown): GlossaryEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { term, explanation } = item as Record<string, unknown>;
    return typeof term === 'string' && term.trim() && typeof explanation === 'string' && explanation.trim()
      ? [{ term: term.trim(), explanation: explanation.trim() }]
      : [];
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole words only, case as written: "NM" is nautical miles, "nm" in a word is not. */
function termPattern(glossary: readonly GlossaryEntry[]): RegExp | null {
  if (!glossary.length) return null;
  const terms = [...glossary].sort((a, b) => b.term.length - a.term.length).map((e) => escapeRegExp(e.term));
  return new RegExp(`(?<![\\p{L}\\p{N}])(${terms.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** The glossary entries the texts use, in glossary order. */
export function termsIn(texts: readonly string[], glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  const pattern = termPattern(glossary);
  if (!pattern) return [];
  const used = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(pattern)) used.add(match[1]!);
  return glossary.filter((entry) => used.has(entry.term));
}

export interface TextPiece {
  text: string;
  /** Set when the piece is a glossary term. */
  explanation?: string;
}

/** The text in pieces, each term on its own with its explanation; joined, the pieces give the text back. */
export function splitTerms(text: string, glossary: readonly GlossaryEntry[]): TextPiece[] {
  const pattern = termPattern(glossary);
  if (!pattern) return [{ text }];
  const byTerm = new Map(glossary.map((entry) => [entry.term, entry.explanation]));
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) pieces.push({ text: text.slice(at, match.index) });
    pieces.push({ text: match[1]!, explanation: byTerm.get(match[1]!) });
    at = match.index + match[1]!.length;
  }
  if (at < text.length || !pieces.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

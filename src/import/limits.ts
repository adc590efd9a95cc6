/**
 * The import's limits, checked before and while parsing so that a huge or hostile file is refused quickly
 * instead of freezing the tab or overflowing the validator's recursion.
 */
import type { Locale } from '../data/schema';
import * as m from '../i18n/paraglide/messages.js';
import { formatCount, formatDecimal } from '../ui/format';

export interface ImportLimits {
  maxBytes: number;
  /** JSON nesting (arrays and objects); a MultiPolygon needs 4 inside a FeatureCollection's 4. */
  maxDepth: number;
  /** Positions in all geometries together. */
  maxCoordinates: number;
}

export const IMPORT_LIMITS: ImportLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxDepth: 64,
  maxCoordinates: 2_000_000
};

/** One decimal under 10 MB ("1.5 MB"), none above ("51 MB"). */
function megabytes(bytes: number, locale: Locale): string {
  const mb = bytes / 1024 / 1024;
  return `${mb < 10 ? formatDecimal(mb, locale) : formatCount(Math.round(mb), locale)} MB`;
}

export function sizeProblem(
  bytes: number,
  limits: ImportLimits = IMPORT_LIMITS,
  locale: Locale = 'en'
): string | null {
  if (bytes <= limits.maxBytes) return null;
  const limit = megabytes(limits.maxBytes, locale);
  return m.import_too_big({ size: megabytes(bytes, locale), limit }, { locale });
}

export function depthProblem(
  offset: number,
  limits: ImportLimits = IMPORT_LIMITS,
  locale: Locale = 'en'
): string {
  const depth = formatCount(limits.maxDepth, locale);
  return m.import_too_deep({ depth, offset: formatCount(offset + 1, locale) }, { locale });
}

export function coordinatesProblem(limits: ImportLimits = IMPORT_LIMITS, locale: Locale = 'en'): string {
  return m.import_too_many_coordinates({ count: formatCount(limits.maxCoordinates, locale) }, { locale });
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const OPEN_BRACE = 123;
const CLOSE_BRACKET = 93;
const CLOSE_BRACE = 125;

/**
 * Follows JSON nesting through text fed in chunks, without parsing: one pass over the characters, so a file
 * read in pieces is refused as soon as it goes too deep. Brackets inside strings do not count.
 */
export class NestingScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private offset = 0;
  /** Where the limit was first passed (character offset), or null. */
  tooDeepAt: number | null = null;

  constructor(private readonly maxDepth: number = IMPORT_LIMITS.maxDepth) {}

  /** Returns false once the text has gone deeper than the limit. */
  feed(chunk: string): boolean {
    if (this.tooDeepAt !== null) return false;
    // Locals in the loop, fields after it: this runs once per character of files of tens of MB.
    let { depth, inString, escaped } = this;
    const { maxDepth } = this;
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (code === BACKSLASH) escaped = true;
        else if (code === QUOTE) inString = false;
      } else if (code === QUOTE) inString = true;
      else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
        if (++depth > maxDepth) {
          this.tooDeepAt = this.offset + i;
          return false;
        }
      } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) depth--;
    }
    Object.assign(this, { depth, inString, escaped });
    this.offset += chunk.length;
    return true;
  }
}

/**
 * Positions under one geometry's `coordinates` (or a GeometryCollection's members), stopping past `limit`.
 * An array holding no array is a position, even empty: `[[],[],…]` costs the validator as much as real ones.
 */
function positionsIn(value: unknown, limit: number): number {
  if (!Array.isArray(value)) return 0;
  if (!Array.isArray(value[0])) return 1;
  let count = 0;
  for (const child of value) {
    count += positionsIn(child, limit - count);
    if (count > limit) break;
  }
  return count;
}

function geometryPositions(geometry: unknown, limit: number): number {
  if (typeof geometry !== 'object' || geometry === null) return 0;
  const { coordinates, geometries } = geometry as { coordinates?: unknown; geometries?: unknown };
  if (!Array.isArray(geometries)) return positionsIn(coordinates, limit);
  let count = 0;
  for (const member of geometries) {
    count += geometryPositions(member, limit - count);
    if (count > limit) break;
  }
  return count;
}

/** Counts positions in a collection's features; stops as soon as the count passes `limit`. */
export function countPositions(features: readonly unknown[], limit: number): number {
  let count = 0;
  for (const feature of features) {
    const geometry =
      typeof feature === 'object' && feature !== null ? (feature as { geometry?: unknown }).geometry : null;
    count += geometryPositions(geometry, limit - count);
    if (count > limit) break;
  }
  return count;
}

/**
 * Which feature a click means when several are under the pointer: the most specific one. A point
 * beats a line, a line beats an area, and of two areas the smaller wins (a city inside the airspace
 * is what the reader pointed at).
 */
export interface Candidate {
  id: string;
  /** 'point' | 'line' | 'fill' — the kind of layer it was drawn in. */
  kind: string;
  /** Area in km² for polygons; 0 otherwise. */
  areaKm2: number;
}

const KIND_RANK: Record<string, number> = { point: 0, line: 1, fill: 2 };

export function pickMostSpecific<T extends Candidate>(
  candidates: readonly T[]
): { pick: T; others: T[] } | null {
  const unique = [...new Map(candidates.map((c) => [c.id, c])).values()];
  if (!unique.length) return null;
  const sorted = unique.sort(
    (a, b) => (KIND_RANK[a.kind] ?? 3) - (KIND_RANK[b.kind] ?? 3) || a.areaKm2 - b.areaKm2
  );
  return { pick: sorted[0]!, others: sorted.slice(1) };
}

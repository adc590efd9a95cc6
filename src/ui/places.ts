/**
 * The place list's entries for one layer: the features shown on the as-of day, by name, at most `limit` of
 * them (an imported layer can hold 100,000; as buttons they would freeze the page, and the rest are on the
 * map). Picks the first `limit` names in one pass instead of sorting them all.
 */
import type { Feature } from 'geojson';
import { shownOn } from '../timeline/asOf';

export interface Place {
  id: string;
  name: string;
}

const collator = new Intl.Collator();
const byName = (a: Place, b: Place) => collator.compare(a.name, b.name);

export function listPlaces(
  features: readonly Feature[],
  day: string | null,
  limit: number
): { places: Place[]; shown: number } {
  const first: Place[] = []; // sorted by name, at most `limit` long
  let shown = 0;
  for (const feature of features) {
    const properties = feature.properties ?? {};
    if (day && !shownOn(properties['since'], day)) continue;
    shown++;
    const id = String(properties['id']);
    const name = String(properties['name'] ?? id);
    const last = first[first.length - 1];
    if (first.length === limit && last && collator.compare(name, last.name) >= 0) continue;
    // Insert in order; the list is short, and most features never get here.
    const place = { id, name };
    let at = first.length;
    while (at > 0 && byName(first[at - 1]!, place) > 0) at--;
    first.splice(at, 0, place);
    if (first.length > limit) first.pop();
  }
  return { places: first, shown };
}

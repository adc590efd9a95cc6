/**
 * Serialises GeoJSON the way geodata/ files are committed: properties indented for review, one position per
 * line so that a geometry change shows up as a readable diff.
 */
export function geojsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  // Collapse [lon, lat] pairs (JSON.stringify puts each number on its own line).
  return text.replace(/\[\s+(-?[\d.eE+-]+),\s+(-?[\d.eE+-]+)\s+\]/g, '[$1, $2]') + '\n';
}

/**
 * The real-world corpus (../shared/corpus/geojson-realworld) through the import pipeline, as
 * `npm run conformance` runs it: the targets must hold. Skipped, saying so, when the corpus is absent.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, namesPlace, runCorpus, table, targets } from '../../scripts/conformance';

const present = existsSync(join(CORPUS, 'MANIFEST.tsv'));
if (!present) console.warn(`conformance: corpus not found at ${CORPUS}; the corpus test is skipped`);

describe.skipIf(!present)('the real-world GeoJSON corpus', () => {
  const results = present ? runCorpus() : [];
  it.each(present ? targets(results).map((t) => [t.label, t] as const) : [])('%s', (_, target) => {
    const misses = target.misses.map((miss) => `${miss.file} → ${miss.outcome}: ${miss.lines[0] ?? ''}`);
    expect(target.met, [target.detail, table(results), ...misses].join('\n')).toBe(true);
  });
});

describe('what counts as naming a place', () => {
  it('a JSON path, the top level, or a line and column', () => {
    expect(namesPlace('a.geojson: at features[2].geometry: x')).toBe(true);
    expect(namesPlace('a.geojson: is not valid JSON: syntax error at line 2, column 3')).toBe(true);
    expect(namesPlace('a.geojson: has no feature with a geometry')).toBe(false);
  });
});

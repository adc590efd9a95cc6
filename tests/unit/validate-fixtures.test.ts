/**
 * Turf-style fixtures: each file in tests/fixtures/invalid/ has exactly one fault, named by its file name, and
 * its .expected.txt holds the validator's messages. Regenerate the expected files on purpose only:
 * `REGEN=1 npx vitest run tests/unit/validate-fixtures.test.ts`, then review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/data/schema';
import { formatProblem, validateGeodata, validateGeojsonText } from '../../src/data/validate';

const fixtures = (folder: string) => fileURLToPath(new URL(`../fixtures/${folder}/`, import.meta.url));
const INVALID = fixtures('invalid');
const USER_VALID = fixtures('user-valid');
const GEODATA = fixtures('geodata');
const REGEN = process.env['REGEN'] === '1';
const manifest = JSON.parse(
  readFileSync(new URL('../../geodata/manifest.json', import.meta.url), 'utf8')
) as Manifest;

/** Compares with the expected file, or (REGEN=1) rewrites it; the messages must never be empty. */
function expectMessages(lines: string[], expectedFile: string): void {
  expect(lines.length).toBeGreaterThan(0);
  const text = lines.join('\n') + '\n';
  if (REGEN || !existsSync(expectedFile)) writeFileSync(expectedFile, text);
  expect(text).toBe(readFileSync(expectedFile, 'utf8'));
}

describe('each invalid fixture is reported with the expected messages', () => {
  const names = readdirSync(INVALID).filter((name) => name.endsWith('.geojson'));
  it('has a fixture for every fault the rules name', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
  });
  it.each(names)('%s', (name) => {
    const text = readFileSync(INVALID + name, 'utf8');
    const problems = validateGeojsonText(text, { file: name, mode: 'situation', region: manifest.region });
    expectMessages(problems.map(formatProblem), INVALID + name.replace(/\.geojson$/, '.expected.txt'));
  });
});

describe('imported files (user mode) need only be valid GeoJSON', () => {
  it.each(readdirSync(USER_VALID))('%s has no problems', (name) => {
    const problems = validateGeojsonText(readFileSync(USER_VALID + name, 'utf8'), {
      file: name,
      mode: 'user'
    });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('still applies the GeoJSON rules: a clockwise outer ring is reported', () => {
    const problems = validateGeojsonText(readFileSync(INVALID + 'clockwise-outer-ring.geojson', 'utf8'), {
      file: 'import.geojson',
      mode: 'user'
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      'outer ring is clockwise; RFC 7946 requires counter-clockwise'
    ]);
  });

  it('ignores the situation schema and the region', () => {
    for (const name of ['missing-status.geojson', 'outside-region.geojson', 'javascript-url.geojson']) {
      const text = readFileSync(INVALID + name, 'utf8');
      expect(validateGeojsonText(text, { file: name, mode: 'user' })).toEqual([]);
    }
  });
});

describe('each geodata fixture directory is reported with the expected messages', () => {
  it.each(readdirSync(GEODATA))('%s', (dir) => {
    const files = new Map<string, string>();
    for (const name of readdirSync(GEODATA + dir))
      if (name !== 'expected.txt') files.set(name, readFileSync(`${GEODATA}${dir}/${name}`, 'utf8'));
    const report = validateGeodata(files);
    expectMessages(report.problems.map(formatProblem), `${GEODATA}${dir}/expected.txt`);
  });
});

/**
 * Validates a geodata directory: `npx tsx scripts/validate.ts [dir]` (default geodata/). Only I/O lives here;
 * the rules are in src/data/validate.ts, which the tests and the browser share.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  formatProblem,
  TRANSLATIONS_REQUIRED,
  validateGeodata,
  type LandIndex
} from '../src/data/validate.ts';
import { basemapLand } from './basemap-land.ts';

function readGeodata(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (name === 'manifest.json' || name.endsWith('.geojson'))
      files.set(name, readFileSync(join(dir, name), 'utf8'));
  }
  return files;
}

function main(): number {
  const dir = process.argv[2] ?? 'geodata/';
  const label = dir.endsWith('/') ? dir : `${dir}/`;
  let files: Map<string, string>;
  try {
    files = readGeodata(dir);
  } catch (error) {
    console.error(`${label}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
    return 1;
  }
  let land: LandIndex;
  try {
    land = basemapLand();
  } catch (error) {
    console.error(
      `the basemap's land cannot be read (${error instanceof Error ? error.message : String(error)})`
    );
    return 1;
  }
  const report = validateGeodata(files, { land, requireTranslations: TRANSLATIONS_REQUIRED });
  if (!TRANSLATIONS_REQUIRED && report.untranslated.length > 0) {
    for (const gap of report.untranslated) console.warn(`untranslated: ${formatProblem(gap)}`);
    console.warn(`${label}: ${report.untranslated.length} translations missing (not yet required)`);
  }
  if (report.problems.length > 0) {
    for (const problem of report.problems) console.error(formatProblem(problem));
    const count = report.problems.length;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    console.error(`${label}: ${plural(count, 'problem')} (${plural(report.layers, 'layer')} read)`);
    return 1;
  }
  console.log(`${label}: ${report.layers} layers, ${report.features} features, all valid`);
  return 0;
}

process.exitCode = main();

/**
 * `npm run conformance`: runs the app's own import pipeline (src/import/pipeline.ts, the code the import
 * worker runs) over the real-world corpus in ../shared/corpus/geojson-realworld and prints how each expected
 * verdict fared. Exits 1 below the targets of issue 17, 2 when the corpus is not there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText, type ImportResult } from '../src/import/pipeline';

export const CORPUS = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../shared/corpus/geojson-realworld'
);

export type Outcome = 'accepted' | 'accepted-with-notes' | 'refused' | 'errors';
const OUTCOMES: Outcome[] = ['accepted', 'accepted-with-notes', 'refused', 'errors'];
const EXPECTED = ['valid', 'valid-should', 'invalid', 'invalid-semantics'] as const;
type Expected = (typeof EXPECTED)[number];

export interface FileOutcome {
  file: string;
  expected: Expected;
  outcome: Outcome;
  lines: string[];
}

/** A refusal names its place: a JSON path, the top-level object, or a line and column. */
export const namesPlace = (line: string) => / at |top-level|line \d+|character \d+/.test(line);

function outcomeOf(result: ImportResult): Omit<FileOutcome, 'file' | 'expected'> {
  if (!result.ok) return { outcome: 'refused', lines: result.messages };
  return { outcome: result.notes.length ? 'accepted-with-notes' : 'accepted', lines: result.notes };
}

export function runCorpus(dir = CORPUS): FileOutcome[] {
  const rows = readFileSync(join(dir, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((row) => {
    const [file = '', , , , expected = ''] = row.split('\t');
    const name = file.split('/').pop()!;
    try {
      const text = readFileSync(join(dir, file), 'utf8');
      const result = importText(text, { fileName: name, firstNumber: 1, takenIds: [] });
      return { file, expected: expected as Expected, ...outcomeOf(result) };
    } catch (error) {
      return { file, expected: expected as Expected, outcome: 'errors', lines: [String(error)] };
    }
  });
}

export interface Target {
  label: string;
  met: boolean;
  detail: string;
  misses: FileOutcome[];
}

const percent = (n: number, of: number) => `${of ? ((100 * n) / of).toFixed(1) : '100.0'} %`;

/** The targets; an empty valid file may be refused when its message says why. */
export function targets(results: readonly FileOutcome[]): Target[] {
  const of = (expected: Expected) => results.filter((r) => r.expected === expected);
  const accepted = (r: FileOutcome) => r.outcome === 'accepted' || r.outcome === 'accepted-with-notes';
  const emptyRefusal = (r: FileOutcome) =>
    r.outcome === 'refused' && r.lines.some((line) => /no features|nothing to draw/.test(line));
  const valid = of('valid');
  const validMiss = valid.filter((r) => !accepted(r) && !emptyRefusal(r));
  const should = of('valid-should');
  const shouldMiss = should.filter((r) => r.outcome !== 'accepted-with-notes');
  const invalid = of('invalid');
  // The closing "the other features can be imported without these" line names no place of its own.
  const faultLines = (r: FileOutcome) => r.lines.filter((line) => !/can be imported without/.test(line));
  const invalidMiss = invalid.filter((r) => r.outcome !== 'refused' || !faultLines(r).every(namesPlace));
  const crashes = results.filter((r) => r.outcome === 'errors');
  return [
    {
      label: 'valid accepted (empty may be refused with its reason)',
      met: validMiss.length === 0,
      detail: percent(valid.length - validMiss.length, valid.length),
      misses: validMiss
    },
    {
      label: 'valid-should accepted with a note (≥ 95 %)',
      met: should.length - shouldMiss.length >= 0.95 * should.length,
      detail: percent(should.length - shouldMiss.length, should.length),
      misses: shouldMiss
    },
    {
      label: 'invalid refused, every line naming its place',
      met: invalidMiss.length === 0,
      detail: percent(invalid.length - invalidMiss.length, invalid.length),
      misses: invalidMiss
    },
    { label: 'no crashes', met: crashes.length === 0, detail: `${crashes.length}`, misses: crashes }
  ];
}

export function table(results: readonly FileOutcome[]): string {
  const head = ['expected', ...OUTCOMES, 'total'];
  const rows = EXPECTED.map((expected) => {
    const mine = results.filter((r) => r.expected === expected);
    return [
      expected,
      ...OUTCOMES.map((o) => String(mine.filter((r) => r.outcome === o).length)),
      String(mine.length)
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function main() {
  if (!existsSync(join(CORPUS, 'MANIFEST.tsv'))) {
    console.log(`conformance: no corpus at ${CORPUS}; nothing to check`);
    process.exit(2);
  }
  const started = performance.now();
  const results = runCorpus();
  console.log(table(results));
  console.log(`\n${results.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  const verbose = process.argv.includes('--verbose');
  let failed = false;
  for (const target of targets(results)) {
    console.log(`${target.met ? 'ok  ' : 'FAIL'} ${target.label}: ${target.detail}`);
    failed ||= !target.met;
    for (const miss of target.misses.slice(0, verbose ? undefined : 10))
      console.log(`       ${miss.file} → ${miss.outcome}: ${miss.lines.slice(0, 2).join(' | ')}`);
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

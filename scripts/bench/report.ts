/** The printed table, the budgets from the "speed, measured" issue, and the machine the figures come from. */
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { medianRatio, type Summary } from './stats';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string;
  /** The WebGL renderer every drawing figure depends on ("SwiftShader": software, no GPU). */
  renderer: string;
  date: string;
  /** 1-minute load average when the bench started: above ~0.5 other work was competing for the CPU. */
  loadAtStart: number;
}

/** The 1-minute load average now; call it before building. */
export const currentLoad = (): number => Math.round(loadavg()[0]! * 100) / 100;

export function describeMachine(chromiumVersion: string, renderer: string, loadAtStart: number): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    renderer,
    date: new Date().toISOString(),
    loadAtStart
  };
}

export type Verdict = 'PASS' | 'FAIL' | 'n/a';

export interface Budget {
  name: string;
  /** The figure compared, already in the budget's unit. */
  figure: number | null;
  limit: number;
  /** 'max': the figure must not exceed the limit; 'min': must not fall below it. */
  kind: 'max' | 'min';
  unit: string;
  verdict: Verdict;
}

export function budget(
  name: string,
  figure: number | null,
  kind: 'max' | 'min',
  limit: number,
  unit: string
): Budget {
  const verdict: Verdict =
    figure === null ? 'n/a' : (kind === 'max' ? figure <= limit : figure >= limit) ? 'PASS' : 'FAIL';
  return { name, figure, limit, kind, unit, verdict };
}

/** A formatter for one unit: how a single number is written. */
export type Format = (value: number) => string;
export const kB: Format = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
export const MB: Format = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
export const ms: Format = (value) => `${Math.round(value)} ms`;
export const fps: Format = (value) => `${value.toFixed(1)} fps`;
export const times: Format = (value) => `${value.toFixed(2)}×`;
/** Layout shift scores (unitless). */
export const score: Format = (value) => value.toFixed(3);

/** "median (min–max)", or the reason there is no figure. */
export function cell(summary: Summary | null, format: Format, missing = 'n/a'): string {
  if (!summary) return missing;
  if (format(summary.min) === format(summary.max)) return format(summary.median);
  return `${format(summary.median)} (${format(summary.min)}–${format(summary.max)})`;
}

export interface Row {
  metric: string;
  app: string;
  baseline?: string;
  ratio?: string;
  budget?: string;
}

/** One table row comparing app and baseline, with the median/median ratio. */
export function compareRow(
  metric: string,
  app: Summary | null,
  baseline: Summary | null,
  format: Format
): Row {
  const ratio = medianRatio(app, baseline);
  return {
    metric,
    app: cell(app, format),
    baseline: cell(baseline, format),
    ratio: ratio === null ? '' : times(ratio)
  };
}

export function budgetCell(check: Budget, format: Format): string {
  return `${check.verdict} (${check.kind === 'max' ? '≤' : '≥'} ${format(check.limit)})`;
}

export function renderTable(rows: readonly Row[]): string {
  const header: Row = {
    metric: 'Metric',
    app: 'App: median (min–max)',
    baseline: 'Reference',
    ratio: 'App/ref',
    budget: 'Budget'
  };
  const columns = ['metric', 'app', 'baseline', 'ratio', 'budget'] as const;
  const all = [header, ...rows];
  const widths = columns.map((column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: Row) =>
    columns
      .map((column, index) => (row[column] ?? '').padEnd(widths[index]!))
      .join(' │ ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('─┼─');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

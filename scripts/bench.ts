/**
 * `npm run bench [-- --runs N | --quick]`: how fast the app loads and responds, against bare MapLibre
 * drawing the same basemap (scripts/bench/baseline.html), in Debian's headless Chromium.
 * Prints a table (median and min–max over N cold runs) and writes bench-results/latest.json.
 * Reports budgets as PASS/FAIL but always exits 0: it measures, it does not gate.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/chromium.ts';
import { BYTE_KINDS } from './bench/bytes.ts';
import type { ScaleLayer } from './bench/measure.ts';
import { SLOW_4G, VIEWPORT } from './bench/page.ts';
import {
  budget,
  budgetCell,
  cell,
  compareRow,
  currentLoad,
  describeMachine,
  fps,
  kB,
  MB,
  ms,
  renderTable,
  times,
  type Row
} from './bench/report.ts';
import { measureApp, measureBaseline, type AppRun, type BaselineRun } from './bench/runs.ts';
import { buildApp, buildBaseline, serveApp, serveBaseline } from './bench/serve.ts';
import { medianRatio, summarize } from './bench/stats.ts';
import { syntheticLines, syntheticPoints } from './bench/synthetic.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsFlag = args.indexOf('--runs');
const runs = runsFlag >= 0 ? Number(args[runsFlag + 1]) : quick ? 2 : 5;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number ≥ 1');

const manifest = JSON.parse(readFileSync('geodata/manifest.json', 'utf8')) as { layers: { id: string }[] };
/** The app is drawn when every manifest layer's source (id = layer id) exists and is loaded. */
const appSources = manifest.layers.map((layer) => layer.id);

const scaleLayers: ScaleLayer[] = [
  ...(quick ? [] : [1_000, 10_000]).map((count) => ({
    label: `${count / 1000}k points`,
    kind: 'points' as const,
    coords: syntheticPoints(count)
  })),
  { label: '100k points', kind: 'points', coords: syntheticPoints(100_000) },
  { label: '1k lines × 200 vertices', kind: 'lines', coords: syntheticLines(1_000, 200), vertices: 200 }
];

const log = (message: string) => process.stderr.write(`${message}\n`);
const started = performance.now();
const loadAtStart = currentLoad();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

log('bench: building the app (vite build --mode test) and the baseline page…');
await buildApp();
await buildBaseline();
const [app, baseline] = await Promise.all([serveApp(), serveBaseline()]);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const machine = describeMachine(browser.version(), loadAtStart);

const appRuns: AppRun[] = [];
const baselineRuns: BaselineRun[] = [];
try {
  // App and baseline alternate, so a slowdown of the machine mid-bench hits both alike.
  for (let run = 1; run <= runs; run++) {
    log(`bench: run ${run}/${runs} (${elapsed()})`);
    const appRun = await measureApp(browser, app.url, appSources, scaleLayers);
    const baselineRun = await measureBaseline(browser, baseline.url, appSources);
    for (const error of [...appRun.errors, ...baselineRun.errors]) log(`  warning: ${error}`);
    appRuns.push(appRun);
    baselineRuns.push(baselineRun);
  }
} finally {
  await browser.close().catch(() => undefined);
  await Promise.all([app.close(), baseline.close()]);
}

// ── Summaries ──────────────────────────────────────────────────────────────────────────────────────
const over = <T>(list: T[], pick: (item: T) => number | null | undefined) =>
  summarize(list.map((item) => pick(item) ?? null));
const bytes = Object.fromEntries(
  [...BYTE_KINDS, 'total' as const].map((kind) => [
    kind,
    { app: over(appRuns, (r) => r.bytes[kind]), baseline: over(baselineRuns, (r) => r.bytes[kind]) }
  ])
);
const drawn = { app: over(appRuns, (r) => r.drawnMs), baseline: over(baselineRuns, (r) => r.drawnMs) };
/** Bare MapLibre with the same layers: app ÷ this is what the app adds over drawing them. */
const drawnWithLayers = over(baselineRuns, (r) => r.withLayersDrawnMs);
const drawnSlow = {
  app: over(appRuns, (r) => r.slow4gDrawnMs),
  baseline: over(baselineRuns, (r) => r.slow4gDrawnMs)
};
const heap = { app: over(appRuns, (r) => r.heapBytes), baseline: over(baselineRuns, (r) => r.heapBytes) };
const click = over(appRuns, (r) => r.clickMs);
const toggle = over(appRuns, (r) => r.toggleMs);
const pan = { render: over(appRuns, (r) => r.pan?.render), raf: over(appRuns, (r) => r.pan?.raf) };
const scale = Object.fromEntries(
  scaleLayers.map(({ label }) => {
    const drawnMs = over(appRuns, (r) => r.scale[label]?.drawnMs);
    const panRender = over(appRuns, (r) => r.scale[label]?.pan?.render);
    // Per run: fps with the layer over fps without it, in the same page.
    const panRatio = over(appRuns, (r) => {
      const withLayer = r.scale[label]?.pan?.render;
      return withLayer && r.pan ? withLayer / r.pan.render : null;
    });
    return [label, { drawnMs, panRender, panRatio }];
  })
);

const budgets = {
  bytes: budget('first load, gzip total', bytes.total?.app?.median ?? null, 'max', 400_000, 'bytes'),
  drawn: budget('all layers drawn / baseline', medianRatio(drawn.app, drawn.baseline), 'max', 1.1, '×'),
  drawnSlow: budget(
    'all layers drawn / baseline, slow 4G',
    medianRatio(drawnSlow.app, drawnSlow.baseline),
    'max',
    1.1,
    '×'
  ),
  click: budget('click → context', click?.median ?? null, 'max', 100, 'ms'),
  points: budget('100k points drawn', scale['100k points']?.drawnMs?.median ?? null, 'max', 3000, 'ms'),
  pointsPan: budget(
    'pan fps with 100k points / without',
    scale['100k points']?.panRatio?.median ?? null,
    'min',
    0.8,
    '×'
  )
};

// ── Report ─────────────────────────────────────────────────────────────────────────────────────────
const rows: Row[] = [
  ...BYTE_KINDS.map((kind) => compareRow(`bytes: ${kind}`, bytes[kind]!.app, bytes[kind]!.baseline, kB)),
  {
    ...compareRow('bytes: total', bytes.total!.app, bytes.total!.baseline, kB),
    budget: budgetCell(budgets.bytes, kB)
  },
  {
    ...compareRow('all layers drawn', drawn.app, drawn.baseline, ms),
    budget: budgetCell(budgets.drawn, times)
  },
  // The app's figure is in the row above; here only the reference and app ÷ reference.
  {
    ...compareRow('all layers drawn: MapLibre + same layers, no app', drawn.app, drawnWithLayers, ms),
    app: ''
  },
  {
    ...compareRow('all layers drawn, slow 4G', drawnSlow.app, drawnSlow.baseline, ms),
    budget: budgetCell(budgets.drawnSlow, times)
  },
  compareRow('JS heap after load + GC', heap.app, heap.baseline, MB),
  {
    metric: 'click → context panel',
    app: cell(click, ms, 'n/a (no context panel yet)'),
    budget: budgetCell(budgets.click, ms)
  },
  { metric: 'toggle → frame rendered', app: cell(toggle, ms, 'n/a (no layer toggle yet)') },
  { metric: 'pan: map renders', app: cell(pan.render, fps) },
  { metric: 'pan: browser frames (rAF)', app: cell(pan.raf, fps) },
  ...scaleLayers.flatMap(({ label }): Row[] => {
    const figures = scale[label]!;
    const isBudgeted = label === '100k points';
    return [
      {
        metric: `${label}: import → drawn`,
        app: cell(figures.drawnMs, ms),
        ...(isBudgeted ? { budget: budgetCell(budgets.points, ms) } : {})
      },
      {
        metric: `${label}: pan renders (with/without)`,
        app: cell(figures.panRender, fps),
        ratio: cell(figures.panRatio, times),
        ...(isBudgeted ? { budget: budgetCell(budgets.pointsPan, times) } : {})
      }
    ];
  })
];

const notes = [
  `${runs} cold runs (fresh browser context each), viewport ${VIEWPORT.width}×${VIEWPORT.height}, headless Chromium with SwiftShader (no GPU).`,
  'App = `vite build --mode test` (production build + window.__map); baseline = bare MapLibre + the same basemap style (scripts/bench/baseline.html). "MapLibre + same layers" = that page with the manifest’s layers in the app’s styles (#with-layers): app ÷ it is what the app adds.',
  'Bytes: every response until all layers are drawn; Vite preview does not gzip, so each body is gzipped here (zlib level 9). KB = 1000 bytes.',
  `Slow 4G: CDP Network.emulateNetworkConditions, ${SLOW_4G.latency} ms latency, 1.6 Mbit/s down, 750 kbit/s up; CPU not throttled; the bench servers send gzip.`,
  '"All layers drawn": map idle, map.loaded(), every style source loaded and every manifest layer source present; ms from navigation start.',
  'Heap: the page main thread after a forced GC (CDP), not MapLibre’s workers.',
  'Pan: panBy 600 px west and back, 2 s each. Scale layers are imported as files through the app’s own import path (Tools → Import: worker parse and validation, IndexedDB, MapLibre; 2,000 points or more are clustered); drawn = file input change → map idle with the layer loaded. Each is removed again before the next.'
];

console.log(`\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; ${machine.os}`);
console.log(
  `Node ${machine.node}, Chromium ${machine.chromium}; ${machine.date}; load average at start ${machine.loadAtStart}\n`
);
console.log(renderTable(rows));
console.log(`\n${notes.map((note) => `· ${note}`).join('\n')}`);
const verdicts = Object.values(budgets);
console.log(
  `\nBudgets: ${verdicts.filter((b) => b.verdict === 'PASS').length} pass, ${verdicts.filter((b) => b.verdict === 'FAIL').length} fail, ${verdicts.filter((b) => b.verdict === 'n/a').length} n/a. (${elapsed()})`
);

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/latest.json',
  `${JSON.stringify(
    {
      machine,
      settings: {
        runs,
        quick,
        viewport: VIEWPORT,
        slow4g: SLOW_4G,
        scaleLayers: scaleLayers.map((l) => l.label)
      },
      notes,
      summary: { bytes, drawn, drawnWithLayers, drawnSlow, heap, click, toggle, pan, scale },
      budgets,
      runs: { app: appRuns, baseline: baselineRuns }
    },
    null,
    2
  )}\n`
);
console.log('Wrote bench-results/latest.json');

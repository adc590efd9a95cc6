/**
 * `npm run bench [-- --runs N | --quick | --no-lighthouse]`: how fast the app loads and responds, in Debian's
 * headless Chromium, against its peers in the same interleaved run: bare MapLibre drawing the same basemap
 * (scripts/bench/baseline.html), the same page with the app's layers and no app (#with-layers), and Leaflet
 * 1.9 on canvas with the same basemap and layers (scripts/bench/leaflet.html). Then Lighthouse (mobile) once.
 * Prints a table (median and min–max over N cold runs) and writes bench-results/latest.json.
 * Reports budgets as PASS/FAIL but always exits 0: it measures, it does not gate.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/chromium.ts';
import { BYTE_KINDS } from './bench/bytes.ts';
import { runLighthouse, type LighthouseFigures } from './bench/lighthouse.ts';
import type { ScaleLayer } from './bench/measure.ts';
import { PHONE, VIEWPORT, webglRenderer } from './bench/page.ts';
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
  score,
  times,
  type Format,
  type Row
} from './bench/report.ts';
import {
  measureApp,
  measureBaseline,
  measureLeaflet,
  type AppRun,
  type BaselineRun,
  type LeafletRun
} from './bench/runs.ts';
import { buildApp, buildBaseline, LEAFLET_PAGE, serveApp, serveBaseline } from './bench/serve.ts';
import { medianRatio, summarize, type Summary } from './bench/stats.ts';
import { syntheticLines, syntheticPoints } from './bench/synthetic.ts';
import { shiftsByElement } from './bench/vitals.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const withLighthouse = !args.includes('--no-lighthouse');
const runsFlag = args.indexOf('--runs');
const runs = runsFlag >= 0 ? Number(args[runsFlag + 1]) : quick ? 2 : 3;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number ≥ 1');

const manifest = JSON.parse(readFileSync('geodata/manifest.json', 'utf8')) as { layers: { id: string }[] };
/** The app is drawn when every manifest layer's source (id = layer id) exists and is loaded. */
const appSources = manifest.layers.map((layer) => layer.id);

const POINTS = '100k points';
const points: ScaleLayer = { label: POINTS, kind: 'points', coords: syntheticPoints(100_000) };
const scaleLayers: ScaleLayer[] = [
  ...(quick ? [] : [1_000, 10_000]).map((count) => ({
    label: `${count / 1000}k points`,
    kind: 'points' as const,
    coords: syntheticPoints(count)
  })),
  points,
  { label: '1k lines × 200 vertices', kind: 'lines', coords: syntheticLines(1_000, 200), vertices: 200 }
];

const log = (message: string) => process.stderr.write(`${message}\n`);
const started = performance.now();
const loadAtStart = currentLoad();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

log('bench: building the app (vite build --mode test), the baseline and the Leaflet page…');
await buildApp();
await buildBaseline();
const [app, baseline] = await Promise.all([serveApp(), serveBaseline()]);
const leafletUrl = new URL(LEAFLET_PAGE, baseline.url).href;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const machine = describeMachine(browser.version(), await webglRenderer(browser), loadAtStart);

const appRuns: AppRun[] = [];
const baselineRuns: BaselineRun[] = [];
const leafletRuns: LeafletRun[] = [];
let lighthouse: LighthouseFigures | { error: string } | null = null;
try {
  // The pages alternate, so a slowdown of the machine mid-bench hits all of them alike.
  for (let run = 1; run <= runs; run++) {
    log(`bench: run ${run}/${runs} (${elapsed()})`);
    const appRun = await measureApp(browser, app.url, appSources, scaleLayers);
    const baselineRun = await measureBaseline(browser, baseline.url, appSources);
    const leafletRun = await measureLeaflet(browser, leafletUrl, points);
    for (const error of [...appRun.errors, ...baselineRun.errors]) log(`  warning: ${error}`);
    for (const error of leafletRun.errors) log(`  warning (Leaflet): ${error}`);
    appRuns.push(appRun);
    baselineRuns.push(baselineRun);
    leafletRuns.push(leafletRun);
  }
  await browser.close().catch(() => undefined);
  if (withLighthouse) {
    log(`bench: Lighthouse, mobile (${elapsed()})`);
    lighthouse = await runLighthouse(app.url, chromiumPath(), CHROMIUM_ARGS).catch((error: unknown) => ({
      error: error instanceof Error ? error.message.split('\n')[0]! : String(error)
    }));
  }
} finally {
  await browser.close().catch(() => undefined);
  await Promise.all([app.close(), baseline.close()]);
}

// ── Summaries ──────────────────────────────────────────────────────────────────────────────────────
const over = <T>(list: T[], pick: (item: T) => number | null | undefined) =>
  summarize(list.map((item) => pick(item) ?? null));
const bytes = Object.fromEntries(
  [...BYTE_KINDS, 'total', 'afterDrawn', 'serviceWorker'].map((kind) => [
    kind,
    {
      app: over(appRuns, (r) => r.bytes[kind as keyof AppRun['bytes']]),
      baseline: over(baselineRuns, (r) => r.bytes[kind as keyof BaselineRun['bytes']]),
      leaflet: over(leafletRuns, (r) => r.bytes[kind as keyof LeafletRun['bytes']])
    }
  ])
);
const drawn = {
  app: over(appRuns, (r) => r.drawnMs),
  /** Bare MapLibre with the same layers: app ÷ this is what the app adds over drawing them. */
  withLayers: over(baselineRuns, (r) => r.withLayersDrawnMs),
  bare: over(baselineRuns, (r) => r.drawnMs),
  leaflet: over(leafletRuns, (r) => r.drawnMs)
};
const phone = {
  app: over(appRuns, (r) => r.phone.drawnMs),
  withLayers: over(baselineRuns, (r) => r.withLayersPhone.drawnMs),
  leaflet: over(leafletRuns, (r) => r.phone.drawnMs),
  appFcp: over(appRuns, (r) => r.phone.vitals?.fcpMs),
  appLcp: over(appRuns, (r) => r.phone.vitals?.lcpMs),
  leafletLcp: over(leafletRuns, (r) => r.phone.vitals?.lcpMs),
  // Per load: how long the reader waits for the largest paint, against the map drawn, in the same load.
  lcpShare: over(appRuns, (r) =>
    r.phone.vitals?.lcpMs != null && r.phone.drawnMs ? r.phone.vitals.lcpMs / r.phone.drawnMs : null
  )
};
const cls = {
  desktop: over(appRuns, (r) => r.vitals?.cls),
  phone: over(appRuns, (r) => r.phone.vitals?.cls),
  leafletDesktop: over(leafletRuns, (r) => r.vitals?.cls),
  leafletPhone: over(leafletRuns, (r) => r.phone.vitals?.cls)
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
const leafletPoints = over(leafletRuns, (r) => r.pointsDrawnMs);

const budgets = {
  bytes: budget('first load, gzip total', bytes.total?.app?.median ?? null, 'max', 360_000, 'bytes'),
  drawn: budget(
    'all layers drawn / MapLibre + same layers, no app',
    medianRatio(drawn.app, drawn.withLayers),
    'max',
    1.05,
    '×'
  ),
  clsDesktop: budget('CLS, desktop', cls.desktop?.median ?? null, 'max', 0.02, ''),
  clsPhone: budget('CLS, phone', cls.phone?.median ?? null, 'max', 0.02, ''),
  lcpShare: budget(
    'phone: LCP / all layers drawn, same load',
    phone.lcpShare?.median ?? null,
    'max',
    0.2,
    '×'
  ),
  click: budget('click → context', click?.median ?? null, 'max', 100, 'ms'),
  points: budget(
    '100k points drawn / Leaflet',
    medianRatio(scale[POINTS]?.drawnMs ?? null, leafletPoints),
    'max',
    1,
    '×'
  ),
  pointsPan: budget(
    'pan fps with 100k points / without',
    scale[POINTS]?.panRatio?.median ?? null,
    'min',
    0.8,
    '×'
  )
};

// ── Report ─────────────────────────────────────────────────────────────────────────────────────────
/** A row holding only a reference figure and app ÷ it; the app's own figure is in the row above. */
const versus = (metric: string, app: Summary | null, reference: Summary | null, format: Format): Row => ({
  ...compareRow(metric, app, reference, format),
  app: ''
});
const lighthouseRows = (): Row[] => {
  if (!withLighthouse) return [{ metric: 'Lighthouse 12, mobile', app: 'not run (--no-lighthouse)' }];
  if (!lighthouse || 'error' in lighthouse)
    return [{ metric: 'Lighthouse 12, mobile', app: `could not run: ${lighthouse?.error ?? 'unknown'}` }];
  const { version, performance, fcpMs, lcpMs, tbtMs, cls: lhCls } = lighthouse;
  const value = (figure: number | null, format: (v: number) => string) =>
    figure === null ? 'n/a' : format(figure);
  return [
    {
      metric: `Lighthouse ${version}, mobile: performance / CLS`,
      app: `${performance ?? 'n/a'} / ${value(lhCls, score)}`
    },
    {
      metric: 'Lighthouse, mobile: FCP / LCP / TBT',
      app: `${value(fcpMs, ms)} / ${value(lcpMs, ms)} / ${value(tbtMs, ms)}`
    }
  ];
};

const rows: Row[] = [
  ...BYTE_KINDS.map((kind) => compareRow(`bytes: ${kind}`, bytes[kind]!.app, bytes[kind]!.baseline, kB)),
  {
    ...compareRow('bytes: total (vs bare MapLibre)', bytes.total!.app, bytes.total!.baseline, kB),
    budget: budgetCell(budgets.bytes, kB)
  },
  versus('bytes: total, vs Leaflet', bytes.total!.app, bytes.total!.leaflet, kB),
  { metric: 'bytes: of the total, after drawn', app: cell(bytes.afterDrawn!.app, kB) },
  { metric: 'bytes: by a service worker (not in total)', app: cell(bytes.serviceWorker!.app, kB) },
  {
    ...compareRow('all layers drawn (vs MapLibre + same layers)', drawn.app, drawn.withLayers, ms),
    budget: budgetCell(budgets.drawn, times)
  },
  versus('all layers drawn, vs Leaflet (canvas)', drawn.app, drawn.leaflet, ms),
  versus('all layers drawn, vs bare basemap (info)', drawn.app, drawn.bare, ms),
  compareRow('phone: all layers drawn (vs MapLibre + layers)', phone.app, phone.withLayers, ms),
  versus('phone: all layers drawn, vs Leaflet', phone.app, phone.leaflet, ms),
  { metric: 'phone: first contentful paint', app: cell(phone.appFcp, ms) },
  compareRow('phone: largest contentful paint (vs Leaflet)', phone.appLcp, phone.leafletLcp, ms),
  {
    metric: 'phone: LCP / all layers drawn, same load',
    app: cell(phone.lcpShare, times),
    budget: budgetCell(budgets.lcpShare, times)
  },
  {
    ...compareRow('CLS, desktop (vs Leaflet)', cls.desktop, cls.leafletDesktop, score),
    ratio: '',
    budget: budgetCell(budgets.clsDesktop, score)
  },
  {
    ...compareRow('CLS, phone (vs Leaflet)', cls.phone, cls.leafletPhone, score),
    ratio: '',
    budget: budgetCell(budgets.clsPhone, score)
  },
  compareRow('JS heap after load + GC (vs bare MapLibre)', heap.app, heap.baseline, MB),
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
    const isBudgeted = label === POINTS;
    return [
      isBudgeted
        ? {
            ...compareRow(`${label}: import → drawn (vs Leaflet)`, figures.drawnMs, leafletPoints, ms),
            budget: budgetCell(budgets.points, times)
          }
        : { metric: `${label}: import → drawn`, app: cell(figures.drawnMs, ms) },
      {
        metric: `${label}: pan renders (with/without)`,
        app: cell(figures.panRender, fps),
        ratio: cell(figures.panRatio, times),
        ...(isBudgeted ? { budget: budgetCell(budgets.pointsPan, times) } : {})
      }
    ];
  }),
  ...lighthouseRows()
];

const notes = [
  `${runs} cold runs of each page, interleaved (fresh browser context each); desktop ${VIEWPORT.width}×${VIEWPORT.height}; phone ${PHONE.viewport.width}×${PHONE.viewport.height} at ${PHONE.deviceScaleFactor}×, CPU ×${PHONE.cpuSlowdown} (CDP), slow 4G (${PHONE.network.latency} ms, 1.6 Mbit/s down).`,
  'App = `vite build --mode test` (production build + window.__map). References: bare MapLibre + the same basemap (scripts/bench/baseline.html); that page with the manifest’s layers in the app’s styles (#with-layers), so app ÷ it is what the app adds; Leaflet 1.9, canvas renderer, the same basemap (decoded TopoJSON) and layers (scripts/bench/leaflet.html).',
  'Bytes: every response until all layers are drawn and then 1 s without an open request; Vite preview does not gzip, so each body is gzipped here (zlib level 9). KB = 1000 bytes.',
  '"All layers drawn": map idle, map.loaded(), every style source loaded and every manifest layer source present; for Leaflet, the frame after every layer was added; ms from navigation start.',
  'CLS: largest session window of layout shifts (1 s gap, 5 s cap) up to the end of the first load; LCP: the last candidate by then.',
  'Heap: the page main thread after a forced GC (CDP), not MapLibre’s workers.',
  'Pan: panBy 600 px west and back, 2 s each. Scale layers are imported as files through the app’s own import path (Tools → Import: worker parse and validation, IndexedDB, vector tiles cut in the import worker; 2,000 points or more are clustered); drawn = file input change → map idle with the layer loaded. Leaflet reads, parses and draws the same 100k file as circle markers, unclustered.',
  'Lighthouse: default mobile config (simulated throttling), one run, Debian’s Chromium with the flags above.'
];

console.log(`\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; ${machine.os}`);
console.log(
  `Node ${machine.node}, Chromium ${machine.chromium}; ${machine.date}; load average at start ${machine.loadAtStart}`
);
console.log(`WebGL renderer: ${machine.renderer}\n`);
console.log(renderTable(rows));
/** What moved in the load with the median CLS, so a failing CLS points at its elements. */
const movers = (pick: (run: AppRun) => AppRun['vitals']) => {
  const loads = appRuns.map(pick).filter((vitals) => vitals !== null);
  const middle = loads.sort((a, b) => a.cls - b.cls)[Math.floor((loads.length - 1) / 2)];
  const moved = middle ? shiftsByElement(middle.shifts) : [];
  return moved.length ? moved.map((m) => `${m.element} ${score(m.value)}`).join(', ') : 'nothing';
};
console.log(`\nWhat moved (median-CLS load), desktop: ${movers((r) => r.vitals)}`);
console.log(`What moved (median-CLS load), phone: ${movers((r) => r.phone.vitals)}`);
console.log(`\n${notes.map((note) => `· ${note}`).join('\n')}`);
const verdicts = Object.values(budgets);
console.log(
  `\nBudgets: ${verdicts.filter((b) => b.verdict === 'PASS').length} pass, ${verdicts.filter((b) => b.verdict === 'FAIL').length} fail, ${verdicts.filter((b) => b.verdict === 'n/a').length} n/a. (${elapsed()})`
);
for (const check of verdicts.filter((b) => b.verdict !== 'PASS'))
  console.log(`  ${check.verdict}: ${check.name}`);

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
        phone: PHONE,
        scaleLayers: scaleLayers.map((l) => l.label)
      },
      notes,
      summary: { bytes, drawn, phone, cls, heap, click, toggle, pan, scale, leafletPoints, lighthouse },
      budgets,
      runs: { app: appRuns, baseline: baselineRuns, leaflet: leafletRuns }
    },
    null,
    2
  )}\n`
);
console.log('Wrote bench-results/latest.json');

import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bytesByKind, classifyResponse, gzipSize } from '../../scripts/bench/bytes';
import { median, medianRatio, summarize } from '../../scripts/bench/stats';
import { SYNTHETIC_REGION, syntheticLines, syntheticPoints } from '../../scripts/bench/synthetic';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle values, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow();
  });

  it('summarises median and spread, leaving out runs that measured nothing', () => {
    expect(summarize([120, null, 100, 180, 110])).toEqual({ n: 4, median: 115, min: 100, max: 180 });
    expect(summarize([null, null])).toBeNull();
    expect(summarize([Number.NaN, 3])).toEqual({ n: 1, median: 3, min: 3, max: 3 });
  });

  it('compares medians, and gives no ratio when a side is missing', () => {
    const app = summarize([110, 130, 120]);
    const baseline = summarize([100, 90, 200]);
    expect(medianRatio(app, baseline)).toBeCloseTo(1.2);
    expect(medianRatio(app, null)).toBeNull();
    expect(medianRatio(app, summarize([0]))).toBeNull();
  });
});

describe('first-load bytes by kind', () => {
  const origin = 'http://127.0.0.1:4173';

  it('sorts responses into JS, CSS, basemap, situation data and other', () => {
    expect(classifyResponse(`${origin}/assets/index-CFERtbcm.js`)).toBe('js');
    expect(classifyResponse(`${origin}/assets/maplibre-gl-worker-DTh23QKw.js`)).toBe('js');
    expect(classifyResponse(`${origin}/assets/index-CFERtbcm.css`)).toBe('css');
    expect(classifyResponse(`${origin}/basemap.topo.json`)).toBe('basemap');
    expect(classifyResponse(`${origin}/basemap-tiles/4/5/7.pbf`)).toBe('basemap');
    expect(classifyResponse(`${origin}/assets/miraflores-AibN44Wj.geojson`)).toBe('situation');
    expect(classifyResponse(`${origin}/geodata/manifest.json`)).toBe('situation');
    expect(classifyResponse(`${origin}/`, 'text/html')).toBe('other');
    expect(classifyResponse(`${origin}/baseline.html`)).toBe('other');
    // A script without a .js name is still JS by its content type.
    expect(classifyResponse(`${origin}/worker`, 'text/javascript; charset=utf-8')).toBe('js');
  });

  it('adds up gzip sizes per kind and in total, counting only what came over the network', () => {
    const totals = bytesByKind([
      { url: `${origin}/assets/a.js`, gzipBytes: 300 },
      { url: `${origin}/assets/b.js`, gzipBytes: 100 },
      { url: `${origin}/basemap.topo.json`, gzipBytes: 90 },
      { url: `${origin}/basemap.topo.json`, gzipBytes: 90 },
      { url: `${origin}/assets/zone.geojson`, gzipBytes: 12 },
      { url: `${origin}/`, gzipBytes: 1 },
      // MapLibre's worker, made on the page from the script already counted: no bytes on the wire.
      { url: 'blob:http://127.0.0.1:4173/6f1c2b0e-5d3a-4c55-9d0e-0f6a3b1e2c44', gzipBytes: 130_000 },
      { url: 'data:image/svg+xml;base64,PHN2Zz4=', gzipBytes: 40 }
    ]);
    expect(totals).toEqual({
      js: 400,
      css: 0,
      basemap: 180,
      situation: 12,
      other: 1,
      total: 593,
      afterDrawn: 0,
      serviceWorker: 0
    });
  });

  it('counts what came after the map was drawn in the total too, and a service worker’s fetches apart', () => {
    const totals = bytesByKind([
      { url: `${origin}/assets/index.js`, gzipBytes: 300 },
      { url: `${origin}/assets/importer-x1.js`, gzipBytes: 20, afterDrawn: true },
      { url: `${origin}/sw.js`, gzipBytes: 2, afterDrawn: true },
      { url: `${origin}/assets/tools-y2.js`, gzipBytes: 50, byServiceWorker: true }
    ]);
    expect(totals.js).toBe(322);
    expect(totals.total).toBe(322);
    expect(totals.afterDrawn).toBe(22);
    expect(totals.serviceWorker).toBe(50);
  });

  it('measures the gzip (level 9) size of a body', () => {
    const body = Buffer.from('{"type":"FeatureCollection","features":[]}'.repeat(200));
    const size = gzipSize(body);
    expect(size).toBe(gzipSync(body, { level: 9 }).length);
    expect(size).toBeLessThan(body.length / 10);
    expect(gunzipSync(gzipSync(body, { level: 9 })).equals(body)).toBe(true);
  });
});

describe('synthetic scale layers', () => {
  it('are the same for the same seed and stay inside the region', () => {
    const points = syntheticPoints(1000);
    expect(points).toHaveLength(2000);
    expect(syntheticPoints(1000)).toEqual(points);
    expect(syntheticPoints(1000, 7)).not.toEqual(points);
    const lines = syntheticLines(10, 200);
    expect(lines).toHaveLength(10 * 200 * 2);
    const [west, south, east, north] = SYNTHETIC_REGION;
    for (const coords of [points, lines])
      for (let i = 0; i < coords.length; i += 2) {
        expect(coords[i]).toBeGreaterThanOrEqual(west);
        expect(coords[i]).toBeLessThanOrEqual(east);
        expect(coords[i + 1]).toBeGreaterThanOrEqual(south);
        expect(coords[i + 1]).toBeLessThanOrEqual(north);
      }
  });
});

/**
 * The on-land rule: lines declared to follow roads on land (layer `onLand` in the manifest, or a feature's
 * `onLand` property) fail validation when more than a small tolerance of them lies over the basemap's sea.
 */
import { readFileSync } from 'node:fs';
import type { LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { basemapLand } from '../../scripts/basemap-land';
import { formatProblem, validateGeodata, validateGeojsonText } from '../../src/data/validate';
import { lineOffLand, ON_LAND_TOLERANCE } from '../../src/data/validate-on-land';

const land = basemapLand();
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/on-land/${name}`, import.meta.url), 'utf8');
const check = (name: string, text = fixture(name)) =>
  validateGeojsonText(text, { file: name, mode: 'situation', land }).map(formatProblem);

describe('a line declared on land', () => {
  it('fails over the sea, naming the feature, the segment, its ends and the kilometres off land', () => {
    const messages = check('line-over-sea.geojson');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^line-over-sea\.geojson: feature "caracas-barcelona-straight" \(features\[0\]\) at features\[0\]\.geometry\.coordinates\[0\]: segment 0 \(-66\.8792, 10\.488 → -64\.6877, 10\.1384\) runs 1\d\d\.\d km of its 24\d\.\d km off the basemap's land/
    );
  });

  it('passes when drawn through inland towns', () => {
    expect(check('line-on-land.geojson')).toEqual([]);
  });

  it('is not checked when nothing declares it', () => {
    const text = fixture('line-over-sea.geojson').replace('"onLand": true', '"onLand": false');
    expect(check('undeclared.geojson', text)).toEqual([]);
  });

  it('allows a small tolerance for the generalised coastline, and no more', () => {
    const line = JSON.parse(fixture('line-on-land.geojson')).features[0].geometry as LineString;
    const { lengthKm, offKm } = lineOffLand(line, land);
    expect(offKm).toBe(0);
    expect(ON_LAND_TOLERANCE.fraction * lengthKm).toBeLessThan(2);
    // A 10-km hop out to sea from the coast at Barcelona is over the tolerance.
    const hop = { ...line, coordinates: [...line.coordinates, [-64.6877, 10.3]] };
    expect(lineOffLand(hop, land).offKm).toBeGreaterThan(ON_LAND_TOLERANCE.minKm);
  });

  it('says so when there is no land to check against', () => {
    const messages = validateGeojsonText(fixture('line-over-sea.geojson'), { file: 'x.geojson' }).map(
      formatProblem
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /at features\[0\]\.geometry: is declared to follow roads on land .*no basemap land/
      )
    ]);
  });
});

describe('a layer declared on land in the manifest', () => {
  const manifest = (onLand: unknown, kind = 'line') =>
    JSON.stringify({
      title: 't',
      subtitle: 's',
      asOf: '2025-12-01',
      region: [-95, -5, -45, 25],
      view: { center: [-65, 9], zoom: 5 },
      layers: [
        {
          id: 'roads',
          file: 'roads.geojson',
          title: 'Roads',
          description: 'd',
          kind,
          style: { color: '#000' },
          attribution: 'a',
          visible: true,
          onLand
        }
      ]
    });
  const undeclared = (() => {
    const collection = JSON.parse(fixture('line-over-sea.geojson'));
    delete collection.features[0].properties.onLand;
    return JSON.stringify(collection);
  })();
  const files = (onLand: unknown, kind?: string) =>
    new Map([
      ['manifest.json', manifest(onLand, kind)],
      ['roads.geojson', undeclared]
    ]);

  it('checks every line of the layer', () => {
    const messages = validateGeodata(files(true), { land }).problems.map(formatProblem);
    expect(messages).toEqual([
      expect.stringMatching(/^roads\.geojson: feature .* segment 0 .* off the basemap's land/)
    ]);
  });

  it('lets a feature opt out with "onLand": false', () => {
    const optOut = new Map(files(true));
    optOut.set(
      'roads.geojson',
      fixture('line-over-sea.geojson').replace('"onLand": true', '"onLand": false')
    );
    expect(validateGeodata(optOut, { land }).problems).toEqual([]);
  });

  it('rejects onLand on a layer that is not a line layer, or a value that is not a boolean', () => {
    expect(validateGeodata(files('yes'), { land }).problems.map(formatProblem)).toEqual([
      'manifest.json: at layers[0].onLand: must be true or false, got "yes"'
    ]);
    const point = validateGeodata(files(true, 'point'), { land }).problems.map(formatProblem);
    expect(point).toContain('manifest.json: at layers[0].onLand: applies to "line" layers only, not "point"');
  });
});

/**
 * Clustering big point layers (LayerStyle.cluster): which layers are clustered, the map layers a clustered
 * entry becomes, what a click may hit, and the manifest rule for the flag.
 */
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import manifest from '../../geodata/manifest.json';
import type { LayerEntry } from '../../src/data/schema';
import { manifestFaults } from '../../src/data/validate-manifest';
import { CLUSTER_FROM, splitIntoLayers } from '../../src/import/prepare';
import {
  CLUSTER_MAX_ZOOM,
  clickableLayerIds,
  clusterLayerId,
  clusterOptions,
  situationLayerSpecs
} from '../../src/map/layerStyle';

const points = (count: number, type: 'Point' | 'MultiPoint' = 'Point'): Feature[] =>
  Array.from({ length: count }, (_, i) => ({
    type: 'Feature',
    properties: { name: `p${i}` },
    geometry:
      type === 'Point'
        ? { type, coordinates: [-66 + (i % 100) / 100, 8 + i / count] }
        : { type, coordinates: [[-66, 8 + i / count]] }
  }));
const split = (features: Feature[]) =>
  splitIntoLayers(features, { fileName: 'many.geojson', firstNumber: 1, takenIds: [] }).layers;

const entry = (style: Partial<LayerEntry['style']>, kind: LayerEntry['kind'] = 'point'): LayerEntry => ({
  id: 'many',
  file: 'many.geojson',
  title: 'Many',
  description: 'Many points.',
  kind,
  style: { color: '#0f9d8a', ...style },
  attribution: 'test',
  visible: true
});

describe('which imported layers are clustered', () => {
  it(`clusters a point layer from ${CLUSTER_FROM.toLocaleString('en')} points on`, () => {
    expect(split(points(CLUSTER_FROM))[0]!.entry.style.cluster).toBe(true);
    expect(split(points(CLUSTER_FROM - 1))[0]!.entry.style.cluster).toBeUndefined();
  });
  it('does not cluster MultiPoints, which MapLibre would leave out of the clusters', () => {
    const mixed = [...points(CLUSTER_FROM), ...points(1, 'MultiPoint')];
    expect(split(mixed)[0]!.entry.style.cluster).toBeUndefined();
  });
  it('leaves the situation layers as their manifest says (none clustered)', () => {
    for (const layer of manifest.layers) expect(clusterOptions(layer as LayerEntry)).toEqual({});
  });
});

describe('the map layers of a clustered entry', () => {
  const specs = situationLayerSpecs(entry({ cluster: true, labels: true }), 'light', 'en');
  it('draws clusters, their counts, then the single points, each with its filter', () => {
    const single = ['!', ['has', 'point_count']];
    const layers = specs.map((spec) => [spec.id, spec.type, 'filter' in spec ? spec.filter : undefined]);
    expect(layers.map(([id, type]) => [id, type])).toEqual([
      ['many-cluster', 'circle'],
      ['many-cluster-count', 'symbol'],
      ['many-spread', 'circle'],
      ['many-circle', 'circle'],
      ['many-ring', 'symbol'],
      ['many-label', 'symbol']
    ]);
    // Clusters only where there is a count; every single point's layer leaves clusters out.
    expect(layers.slice(0, 2).map(([, , filter]) => filter)).toEqual([
      ['has', 'point_count'],
      ['has', 'point_count']
    ]);
    for (const [id, , filter] of layers.slice(2))
      expect(JSON.stringify(filter), String(id)).toContain(JSON.stringify(single));
  });
  it('labels clusters with the local font, never a glyph URL', () => {
    const count = specs.find((spec) => spec.id === 'many-cluster-count')!;
    expect(count.layout).toMatchObject({ 'text-field': ['get', 'point_count_abbreviated'] });
    expect(JSON.stringify(count)).not.toMatch(/https?:/);
  });
  it('asks the source to cluster up to CLUSTER_MAX_ZOOM, below the zoom a chosen point is shown at', () => {
    expect(clusterOptions(entry({ cluster: true }))).toEqual({
      cluster: true,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
      clusterRadius: 45
    });
    expect(CLUSTER_MAX_ZOOM).toBeLessThan(7); // src/map/camera.ts flies to points at zoom 7 or more
  });
  it('lets a click select single points; a cluster is not a feature but zooms in', () => {
    expect(clickableLayerIds(entry({ cluster: true }))).toEqual(['many-circle']);
    expect(clusterLayerId(entry({ cluster: true }))).toBe('many-cluster');
    expect(clusterLayerId(entry({}))).toBeNull();
  });
  it('ignores the flag on lines and areas', () => {
    expect(clusterOptions(entry({ cluster: true }, 'line'))).toEqual({});
    const ids = situationLayerSpecs(entry({ cluster: true }, 'fill'), 'light', 'en').map((s) => s.id);
    expect(ids).toContain('many-fill');
    expect(ids.filter((id) => id.includes('cluster'))).toEqual([]);
  });
});

describe('the manifest rule for style.cluster', () => {
  it('accepts true or false and names the place of anything else', () => {
    const withCluster = (value: unknown) => {
      const copy = structuredClone(manifest) as { layers: { style: Record<string, unknown> }[] };
      copy.layers[0]!.style['cluster'] = value;
      return manifestFaults(copy).faults;
    };
    expect(withCluster(true)).toEqual([]);
    expect(withCluster('yes')).toEqual([
      { path: 'layers[0].style.cluster', message: 'must be true or false, got "yes"' }
    ]);
  });
});

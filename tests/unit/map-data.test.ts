import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { LayerEntry } from '../../src/data/schema';
import { situationLayerSpecs } from '../../src/map/layerStyle';
import { MAP_PROPERTIES, mapData } from '../../src/map/mapData';
import { shownOnFilter } from '../../src/timeline/asOf';

/** Every property an expression reads with ['get', key]. */
function propertiesRead(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    if (value[0] === 'get' && typeof value[1] === 'string') found.add(value[1]);
    for (const item of value) propertiesRead(item, found);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) propertiesRead(item, found);
  }
  return found;
}

const entry = (kind: LayerEntry['kind'], style: Partial<LayerEntry['style']> = {}): LayerEntry => ({
  id: 'layer',
  file: 'layer.geojson',
  title: 'Layer',
  description: '',
  kind,
  style: { color: '#123456', ...style },
  attribution: '',
  visible: true
});

describe('what MapLibre is given of a layer', () => {
  it('keeps the geometry, the id, name and date, and the certainty; leaves the rest on the page', () => {
    const collection: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {
            id: 'miraflores',
            name: 'Miraflores Palace',
            since: '2025-11-29',
            status: 'confirmed',
            precision: 'exact',
            summary: 'A long text',
            sources: [{ title: 'A report', date: '2025-11-29' }]
          },
          geometry: { type: 'Point', coordinates: [-66.92, 10.51] }
        },
        { type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [-66, 10] } }
      ]
    };
    expect(mapData(collection)).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {
            id: 'miraflores',
            name: 'Miraflores Palace',
            since: '2025-11-29',
            status: 'confirmed',
            precision: 'exact'
          },
          geometry: { type: 'Point', coordinates: [-66.92, 10.51] }
        },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [-66, 10] } }
      ]
    });
    // The page's copy is left as it was.
    expect(Object.keys(collection.features[0]!.properties!)).toHaveLength(7);
  });

  it('keeps every property the styles and the as-of filter read (cluster counts are made by MapLibre)', () => {
    const specs = [
      entry('fill', { dash: [2, 2] }),
      entry('line'),
      entry('point', { labels: true }),
      entry('point', { labels: true, cluster: true })
    ].flatMap((e) => [...situationLayerSpecs(e, 'light', 'en'), ...situationLayerSpecs(e, 'dark', 'en')]);
    const read = propertiesRead([specs, shownOnFilter('2025-12-01')]);
    for (const generated of ['point_count', 'point_count_abbreviated']) read.delete(generated);
    expect(read.size).toBeGreaterThan(0);
    for (const key of read) expect(MAP_PROPERTIES).toContain(key);
    // Certainty is drawn from the feature itself, not only shown in the panel.
    expect([...read]).toEqual(expect.arrayContaining(['status', 'precision', 'name']));
  });
});

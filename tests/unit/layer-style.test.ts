import { expression, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { LayerEntry } from '../../src/data/schema';
import { PRECISIONS, STATUSES } from '../../src/data/schema';
import { imageId, parseImageId, STATUS_DASH } from '../../src/map/certainty';
import { contrastRatio, readableOn } from '../../src/map/contrast';
import { legendSwatch } from '../../src/ui/legend';
import { HALO, labelColor, situationLayerSpecs, type SituationLayerSpec } from '../../src/map/layerStyle';
import { selectionLayerSpecs } from '../../src/map/selectionStyle';

const entry = (kind: LayerEntry['kind'], style: Partial<LayerEntry['style']> = {}): LayerEntry => ({
  id: 'layer',
  file: 'layer.geojson',
  title: 'Layer',
  description: '',
  kind,
  style: { color: '#555555', ...style },
  attribution: '',
  visible: true
});

const spec = (specs: SituationLayerSpec[], suffix: string) => {
  const found = specs.find((s) => s.id === `layer-${suffix}`);
  if (!found) throw new Error(`no layer-${suffix} in ${specs.map((s) => s.id).join(', ')}`);
  return found;
};

/** Evaluates one paint or layout value of a spec for a feature, as MapLibre would. */
function evaluate(
  value: unknown,
  properties: Record<string, unknown>,
  kind: 'line' | 'symbol' | 'fill' | 'formatted'
) {
  const specification = {
    line: { type: 'array', value: 'number', expression: { parameters: ['zoom', 'feature'] } },
    symbol: { type: 'string', expression: { parameters: ['zoom', 'feature'] } },
    formatted: { type: 'formatted', expression: { parameters: ['zoom', 'feature'] } },
    fill: { type: 'resolvedImage', expression: { parameters: ['zoom', 'feature'] } }
  }[kind] as unknown as StylePropertySpecification;
  const parsed = expression.createExpression(value, specification);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const result = parsed.value.evaluate({ zoom: 6 }, { type: 'Point', properties, geometry: [] } as never);
  if (typeof result === 'object' && result && 'name' in result) return String(result.name); // an image
  return typeof result === 'object' && result && 'sections' in result ? String(result) : result; // text
}

describe('certainty on the map', () => {
  const line = situationLayerSpecs(entry('line', { dash: [2, 1] }), 'light', 'en');
  const dashOf = (properties: Record<string, unknown>) =>
    evaluate((spec(line, 'line').paint as Record<string, unknown>)['line-dasharray'], properties, 'line');

  it('each status strokes differently, and the same on lines and outlines', () => {
    const dashes = STATUSES.map((status) => JSON.stringify(dashOf({ status })));
    expect(new Set(dashes).size).toBe(STATUSES.length);
    const outline = situationLayerSpecs(entry('fill'), 'light', 'en');
    for (const status of STATUSES)
      expect(
        evaluate(
          (spec(outline, 'outline').paint as Record<string, unknown>)['line-dasharray'],
          { status },
          'line'
        )
      ).toEqual(STATUS_DASH[status]);
  });

  it('a feature without a known status keeps the layer’s own dash (imported junk included)', () => {
    for (const status of [undefined, null, 'approximate', 42, { evil: true }])
      expect(dashOf({ status })).toEqual([2, 1]);
  });

  it('approximate and schematic shapes are screened and marked in words; exact ones are not', () => {
    const fill = situationLayerSpecs(entry('fill'), 'light', 'en');
    const screen = (precision: unknown) =>
      evaluate((spec(fill, 'edge').paint as Record<string, unknown>)['line-pattern'], { precision }, 'fill');
    expect(parseImageId(String(screen('approximate')))).toMatchObject({ precision: 'approximate' });
    expect(parseImageId(String(screen('schematic')))).toMatchObject({ precision: 'schematic' });
    const mark = (precision: unknown) =>
      evaluate((spec(fill, 'mark').layout as Record<string, unknown>)['text-field'], { precision }, 'symbol');
    expect(mark('approximate')).toBe('approx.');
    expect(mark('schematic')).toBe('schematic');
    expect(mark('exact')).toBe('');
    expect(mark(undefined)).toBe('');
  });

  it('the marks are in the map’s language: the style built for Spanish writes Spanish on shapes and labels', () => {
    const fill = situationLayerSpecs(entry('fill'), 'light', 'es');
    const mark = (precision: unknown) =>
      evaluate((spec(fill, 'mark').layout as Record<string, unknown>)['text-field'], { precision }, 'symbol');
    expect(mark('approximate')).toBe('aprox.');
    expect(mark('schematic')).toBe('esquemático');
    expect(mark('exact')).toBe('');
    const points = situationLayerSpecs(entry('point'), 'light', 'es');
    const label = (properties: Record<string, unknown>) =>
      evaluate(
        (spec(points, 'label').layout as Record<string, unknown>)['text-field'],
        properties,
        'formatted'
      );
    expect(label({ name: 'Fuerte Tiuna', precision: 'approximate' })).toBe('Fuerte Tiuna\naprox.');
    expect(label({ name: 'Ruta', precision: 'schematic' })).toBe('Ruta\nesquemático');
    const selection = selectionLayerSpecs(entry('point'), 'light', 'es').find(
      (s) => s.id === 'selection-label'
    )!;
    expect(
      evaluate(
        (selection.layout as Record<string, unknown>)['text-field'],
        { name: 'X', precision: 'approximate' },
        'formatted'
      )
    ).toBe('X\naprox.');
  });

  it('a point label carries its precision; its ring its status', () => {
    const points = situationLayerSpecs(entry('point'), 'light', 'en');
    const label = (properties: Record<string, unknown>) =>
      evaluate(
        (spec(points, 'label').layout as Record<string, unknown>)['text-field'],
        properties,
        'formatted'
      );
    expect(label({ name: 'Fuerte Tiuna', precision: 'approximate' })).toBe('Fuerte Tiuna\napprox.');
    expect(label({ name: 'Caracas', precision: 'exact' })).toBe('Caracas');
    expect(label({ name: 'Somewhere' })).toBe('Somewhere');
    const ring = (status: unknown) =>
      evaluate((spec(points, 'ring').layout as Record<string, unknown>)['icon-image'], { status }, 'symbol');
    expect(parseImageId(String(ring('rumoured')))).toMatchObject({ kind: 'ring', status: 'rumoured' });
    expect(ring('nonsense')).toBe('');
  });

  it('every point layer is labelled unless clustered, and labels give way when there is no room', () => {
    const labelled = situationLayerSpecs(entry('point', { labels: undefined }), 'light', 'en');
    const layout = spec(labelled, 'label').layout as Record<string, unknown>;
    expect(layout['text-allow-overlap']).not.toBe(true);
    expect(
      situationLayerSpecs(entry('point', { cluster: true }), 'light', 'en').map((s) => s.id)
    ).not.toContain('layer-label');
  });

  it('a chosen point loses its layer label, so the selection layer’s label on top is the only one', () => {
    const labelled = situationLayerSpecs(entry('point', { labels: true }), 'light', 'en');
    const opacity = (spec(labelled, 'label').paint as Record<string, unknown>)['text-opacity'];
    expect(JSON.stringify(opacity)).toContain('"feature-state","selected"');
  });

  it('image names round-trip, and malformed ones are refused', () => {
    for (const status of STATUSES) {
      const ring = { kind: 'ring', status, radius: 7, ink: '#1d1f21' } as const;
      expect(parseImageId(imageId(ring))).toEqual(ring);
    }
    for (const precision of PRECISIONS.filter((p) => p !== 'exact')) {
      const screen = { kind: 'screen', precision, color: '#d64545' } as const;
      expect(parseImageId(imageId(screen))).toEqual(screen);
    }
    for (const bad of ['certainty:ring:sure:7:#000', 'certainty:ring:confirmed:1e9:#000', 'other:ring', ''])
      expect(parseImageId(bad)).toBeNull();
  });
});

describe('legible in both schemes', () => {
  it('labels reach 7:1 against their halo (beyond WCAG AA), light and dark', () => {
    for (const color of ['#555555', '#e8871e', '#d64545', '#2f6fd6', '#b4009e', '#ffee00', '#000000'])
      for (const theme of ['light', 'dark'] as const)
        expect(
          contrastRatio(labelColor(color, theme), HALO[theme]),
          `${color} ${theme}`
        ).toBeGreaterThanOrEqual(7);
  });

  it('keeps a colour that already reads, and leaves what is not hex alone', () => {
    expect(readableOn('#000000', '#ffffff', 4.5)).toBe('#000000');
    expect(readableOn('rebeccapurple', '#101418', 4.5)).toBe('rebeccapurple');
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
  });
});

describe('the layer swatches', () => {
  it('draw the layer’s colour with a solid stroke: a dash on the map means certainty, not the layer', () => {
    for (const kind of ['fill', 'line'] as const) {
      const swatch = legendSwatch(entry(kind, { dash: [3, 2], color: '#d64545' }));
      expect(swatch).toMatchObject({ stroke: '#d64545' });
      expect(swatch).not.toHaveProperty('dash');
    }
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLayer, manifest } from '../../src/data/load';

const entry = manifest.layers.find((layer) => layer.id === 'miraflores')!;
const file = readFileSync(new URL(`../../geodata/${entry.file}`, import.meta.url), 'utf8');
const serve = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;

describe('a layer loaded in the reader’s language', () => {
  it('Spanish: the story’s Spanish swapped in, quotes keeping the speaker’s words', async () => {
    const load = await loadLayer(entry, serve(file), 'es');
    expect(load.status).toBe('loaded');
    const properties = load.status === 'loaded' ? load.data.features[0]!.properties : undefined;
    expect(properties?.name).toBe('Palacio de Miraflores');
    expect(properties?.summary).toMatch(/^La sede oficial/);
    expect(properties?.quotes?.[0]?.text).toMatch(/^We want peace/);
    expect(properties?.quotes?.[0]?.translation).toMatch(/Queremos paz/);
  });

  it('English: the file as written', async () => {
    const load = await loadLayer(entry, serve(file), 'en');
    expect(load.status === 'loaded' && load.data.features[0]!.properties.name).toBe('Miraflores Palace');
  });

  it('a file that cannot be loaded is named, in the reader’s language', async () => {
    const missing = await loadLayer(entry, serve('', 404), 'es');
    expect(missing).toMatchObject({ status: 'failed', error: `${entry.file}: no se pudo cargar (HTTP 404)` });
    const broken = await loadLayer(entry, serve('{"type":"FeatureCollection"}'), 'en');
    expect(broken).toMatchObject({ status: 'failed', error: `${entry.file}: has no "features" array` });
  });
});

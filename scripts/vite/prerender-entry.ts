/**
 * Loaded by scripts/vite/prerender.ts through Vite's SSR loader: renders the app as the page first shows
 * it, with the layer files read from geodata/ (the client hydrates with the same files, src/main.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'svelte/server';
import App from '../../src/App.svelte';
import { manifest, type LayerLoad } from '../../src/data/load';
import type { SituationCollection } from '../../src/data/schema';

export function renderStory(root: string): { head: string; body: string } {
  const loads: LayerLoad[] = manifest.layers.map((entry) => ({
    status: 'loaded',
    entry,
    data: JSON.parse(readFileSync(path.join(root, 'geodata', entry.file), 'utf8')) as SituationCollection
  }));
  return render(App, { props: { loads } });
}

/**
 * Loaded by scripts/vite/prerender.ts through Vite's SSR loader, once per language: renders the app as the
 * page first shows it, with the layer files read from geodata/ in that language (the client hydrates with
 * the same text, src/main.ts). The language itself comes from src/i18n/active.ts (`__PRERENDER_LOCALE__`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'svelte/server';
import App from '../../src/App.svelte';
import { manifest, type LayerLoad } from '../../src/data/load';
import { localiseCollection } from '../../src/data/localise';
import type { Locale, SituationCollection } from '../../src/data/schema';

export function renderStory(root: string, locale: Locale): { head: string; body: string } {
  const loads: LayerLoad[] = manifest.layers.map((entry) => {
    const file = JSON.parse(
      readFileSync(path.join(root, 'geodata', entry.file), 'utf8')
    ) as SituationCollection;
    return { status: 'loaded', entry, data: localiseCollection(file, locale) };
  });
  return render(App, { props: { loads } });
}

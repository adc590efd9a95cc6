// First: the page's language is decided before any module formats a word.
import { locale } from './i18n/active';
import { pathOfLocale } from './i18n/locale';
import 'maplibre-gl/dist/maplibre-gl.css';
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { loadLayer, manifest } from './data/load';
import { registerWhenIdle } from './pwa/start';
import { isEmbed } from './state/embed';

const target = document.getElementById('app')!;
const embed = isEmbed(window.location.search);
document.documentElement.classList.toggle('embed', embed);

// The language of the prerendered page (scripts/vite/prerender.ts); none on the dev server.
const prerendered = target.dataset['prerendered'];
const elsewhere = prerendered !== undefined && prerendered !== locale;
if (elsewhere) {
  // A link to one language's page asking for another (`lang=`, or the browser's language on `/`): that
  // language has its own prerendered page and layer files, so go there rather than redraw this one.
  const { search, hash } = window.location;
  window.location.replace(`${pathOfLocale(locale, import.meta.env.BASE_URL)}${search}${hash}`);
} else if (embed || !prerendered) {
  // The embed's layout is not the prerendered page's.
  target.replaceChildren();
  delete target.dataset['prerendered'];
  mount(App, { target, props: { embed } });
} else {
  // The prerendered story (scripts/vite/prerender.ts) was rendered with the layer files in; the page
  // preloads them, so hydrating with them too keeps the markup the same and nothing jumps.
  Promise.all(manifest.layers.map((entry) => loadLayer(entry))).then((loads) => {
    hydrate(App, { target, props: { loads } });
    delete target.dataset['prerendered']; // from here the app decides what is open (app.css)
  });
}
if (!elsewhere) registerWhenIdle();

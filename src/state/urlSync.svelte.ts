/**
 * The one home of URL and history sync: the link read on load, the hash kept in step with the state and the
 * map's view, and back/forward applied to the state. The rules are pure functions in ./url.ts.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { locale } from '../i18n/active';
import { formatPermalink, parsePermalink, type Permalink, type View } from './permalink';
import type { Situation } from './situation.svelte';
import { applyInitialLink, applyLink, historyStep, knownNames, permalinkOf } from './url';

export class UrlSync {
  /** The map's view after its last move; undefined until the map exists. */
  view: View | undefined = $state.raw();
  /** The link the page was opened with (its feature is selected once the data has loaded). */
  readonly initial: Permalink;
  #situation: Situation;
  #shownByDefault: () => string[];
  #lastSelection: string | null;
  #walkingHistory = false;

  /** Reads the page's link into the situation at once: layers, date and measurement. */
  constructor(situation: Situation, shownByDefault: () => string[]) {
    this.#situation = situation;
    this.#shownByDefault = shownByDefault;
    // The build's prerender (scripts/vite/prerender.ts) has no window: it renders the default link.
    const hash = typeof window === 'undefined' ? '' : window.location.hash;
    this.initial = parsePermalink(hash, knownNames(situation.layerIds));
    applyInitialLink(situation, this.initial);
    this.#lastSelection = situation.selectedId;
  }

  /** Call once the layer files have settled: selects the link's feature, if it exists. */
  dataLoaded() {
    if (this.initial.feature) this.#situation.select(this.initial.feature);
  }

  /** Call during component initialisation: the effects live as long as the component. */
  start(getMap: () => MapLibreMap | undefined) {
    $effect(() => this.#write());
    $effect(() => {
      const onPopState = () => this.#walk(getMap());
      window.addEventListener('popstate', onPopState);
      return () => window.removeEventListener('popstate', onPopState);
    });
    $effect(() => {
      const map = getMap();
      if (!map) return;
      const onMoveEnd = () => {
        const { lng, lat } = map.getCenter();
        this.view = {
          center: [lng, lat],
          zoom: map.getZoom(),
          bearing: map.getBearing(),
          pitch: map.getPitch()
        };
      };
      onMoveEnd();
      map.on('moveend', onMoveEnd);
      return () => map.off('moveend', onMoveEnd);
    });
  }

  /** The hash the state and the view make now: what the URL is kept at (the embed's full-map link too). */
  get hash(): string {
    // The language is always in the link, so whoever opens it reads the sender's language.
    const link = { ...permalinkOf(this.#situation, this.view), lang: locale };
    return formatPermalink(link, this.#shownByDefault());
  }

  #write() {
    const situation = this.#situation;
    const hash = this.hash;
    const url = `${window.location.pathname}${window.location.search}${hash}`;
    const step = historyStep(this.#lastSelection, situation.selectedId, this.#walkingHistory);
    if (step === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    this.#lastSelection = situation.selectedId;
    this.#walkingHistory = false;
  }

  #walk(map: MapLibreMap | undefined) {
    const situation = this.#situation;
    const link = parsePermalink(window.location.hash, knownNames(situation.layerIds, situation.index.keys()));
    this.#walkingHistory = true;
    applyLink(situation, link, this.#shownByDefault());
    if (link.view && map) map.jumpTo({ ...link.view });
  }
}

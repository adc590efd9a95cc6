/**
 * The URL's side of the app state, as pure functions: what the hash says now, whether a change is a new
 * history entry, and what a link (on load, or on back/forward) asks the state to become.
 * src/state/urlSync.svelte.ts wires these to the page; the format itself is ./permalink.ts.
 */
import type { Known, Permalink, View } from './permalink';

/** The parts of the situation the URL reflects (src/state/situation.svelte.ts satisfies it). */
export interface LinkedState {
  readonly layerIds: readonly string[];
  readonly visible: ReadonlySet<string>;
  readonly selectedId: string | null;
  readonly date: string | null;
  readonly measuring: boolean;
  readonly measurePoints: [number, number][];
}

/** What applying a link changes (Situation's methods). */
export interface LinkTarget {
  showOnly(ids: readonly string[]): void;
  setDate(day: string | null): void;
  select(id: string | null): void;
  setMeasuring(on: boolean, points?: [number, number][]): void;
}

export function permalinkOf(state: LinkedState, view: View | undefined): Permalink {
  const link: Permalink = { layers: state.layerIds.filter((id) => state.visible.has(id)) };
  if (view) link.view = view;
  if (state.selectedId) link.feature = state.selectedId;
  if (state.date) link.date = state.date;
  if (state.measuring) link.measure = state.measurePoints;
  return link;
}

/**
 * A new selection is a history entry, so back and forward walk through selections; everything else
 * (panning, toggles, dates) replaces the current entry. A change made by walking history never pushes.
 */
export function historyStep(
  previousSelection: string | null,
  selection: string | null,
  walkingHistory: boolean
): 'push' | 'replace' {
  return selection !== previousSelection && !walkingHistory ? 'push' : 'replace';
}

/** Back or forward: the state becomes what the entry's link says, defaults for what it leaves out. */
export function applyLink(target: LinkTarget, link: Permalink, shownByDefault: readonly string[]): void {
  target.showOnly(link.layers ?? shownByDefault);
  target.setDate(link.date ?? null);
  target.select(link.feature ?? null);
  target.setMeasuring(link.measure !== undefined, link.measure);
}

/**
 * On load, only what the link names changes: the data is still loading, so the feature is selected later
 * (`pendingFeature`), once the layer that holds it has loaded.
 */
export function applyInitialLink(target: LinkTarget, link: Permalink): { pendingFeature?: string } {
  if (link.layers) target.showOnly(link.layers);
  if (link.date) target.setDate(link.date);
  if (link.measure) target.setMeasuring(true, link.measure);
  return link.feature ? { pendingFeature: link.feature } : {};
}

/** The names a link may use: the layers, and once the data has loaded, the features. */
export function knownNames(layerIds: Iterable<string>, featureIds?: Iterable<string>): Known {
  return { layerIds: new Set(layerIds), ...(featureIds ? { featureIds: new Set(featureIds) } : {}) };
}

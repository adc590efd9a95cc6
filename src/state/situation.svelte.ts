/**
 * The UI's state of the situation: which layers loaded, which are visible, what is selected or
 * hovered. Components read and change it; the map and the URL follow it.
 */
import { SvelteSet } from 'svelte/reactivity';
import type { LayerLoad } from '../data/load';
import { countShown, earliestSince, firstDay, shownOn } from '../timeline/asOf';
import { collectEvents } from '../timeline/events';
import { FeatureIndex } from './featureIndex';

export type { IndexedFeature } from './featureIndex';

export class Situation {
  loads: LayerLoad[] = $state.raw([]);
  readonly visible = new SvelteSet<string>();
  selectedId: string | null = $state(null);
  hoveredId: string | null = $state(null);
  /** Other features under the pointer when the selection was made by a click. */
  alsoHere: string[] = $state.raw([]);
  /** Marked on the map beside the selection: the other features a chosen timeline event concerns. */
  highlighted: string[] = $state.raw([]);
  /** The chosen "situation as of" day (YYYY-MM-DD); null = the latest, `latestDay`. */
  date: string | null = $state(null);
  /** While distances are measured, clicks on the map add points instead of selecting. */
  measuring = $state(false);
  /** The points measured so far, [lng, lat] each (src/measure/); kept here so the URL can share them. */
  measurePoints: [number, number][] = $state.raw([]);

  /** Turns the measure mode on or off; off forgets the points. */
  setMeasuring(on: boolean, points: [number, number][] = []) {
    this.measuring = on;
    this.measurePoints = on ? points : [];
  }
  /** The manifest's asOf; without it, every feature is shown whatever its `since`. */
  readonly latestDay: string | null;

  readonly loaded = $derived(this.loads.filter((load) => load.status === 'loaded'));
  readonly failures = $derived(this.loads.filter((load) => load.status === 'failed'));

  /** Every loaded feature by id (./featureIndex.ts: each layer indexed when first looked into). */
  readonly index = $derived(new FeatureIndex(this.loaded));

  readonly selected = $derived(this.selectedId ? this.index.get(this.selectedId) : undefined);

  /** The dated events of every loaded layer (src/timeline/events.ts), and their dates as written. */
  readonly events = $derived(collectEvents(this.loaded.map((load) => load.data)));
  readonly eventDates = $derived(
    this.events.map((event) => event.date).filter((date, i, all) => all.indexOf(date) === i)
  );

  /** Per loaded layer, how many of its features are on the map on the chosen day. */
  readonly shownCounts = $derived(
    Object.fromEntries(
      this.loaded.map((load) => [load.entry.id, countShown(load.data.features, this.day)])
    ) as Record<string, number>
  );
  /** Nothing of the visible layers is on the map on the chosen day (a day before the story began). */
  readonly nothingShown = $derived(
    this.loaded.some((load) => this.visible.has(load.entry.id) && load.data.features.length > 0) &&
      this.loaded.every((load) => !this.visible.has(load.entry.id) || this.shownCounts[load.entry.id] === 0)
  );
  /** When the first of the visible layers' features enters the map, as its data says it (`since`). */
  readonly earliestSince = $derived(
    earliestSince(
      this.loaded.filter((load) => this.visible.has(load.entry.id)).flatMap((load) => load.data.features)
    )
  );

  /** Every layer the map knows, loaded or not, bottom to top. */
  layerIds: string[] = $state([]);

  constructor(layerIds: readonly string[], defaultLayers: readonly string[], latestDay?: string) {
    this.latestDay = latestDay ?? null;
    this.layerIds = [...layerIds];
    for (const id of defaultLayers) this.visible.add(id);
  }

  setLayer(id: string, visible: boolean) {
    if (visible) this.visible.add(id);
    else this.visible.delete(id);
    // A hidden feature cannot stay selected: the panel would describe something the map no longer shows.
    if (!visible && this.selected?.entry.id === id) this.select(null);
  }

  setAllLayers(visible: boolean) {
    for (const id of this.layerIds) this.setLayer(id, visible);
  }

  showOnly(ids: readonly string[]) {
    for (const id of this.layerIds) this.setLayer(id, ids.includes(id));
  }

  /** The day the map shows: the chosen one, else the latest. */
  get day(): string | null {
    return this.date ?? this.latestDay;
  }

  /** The date an event was written with, when choosing it set the day to that month's (or year's) first. */
  #dateWritten: string | null = $state(null);
  /** The day as a reader should read it: '2025-11' when a month-only event set it, else the day itself. */
  get dayAsWritten(): string | null {
    const written = this.#dateWritten;
    return written && this.date && firstDay(written) === this.date ? written : this.day;
  }

  /** Whether the feature is part of the story on the chosen day (its `since` is not later). */
  isShown(id: string): boolean {
    return !this.day || shownOn(this.index.get(id)?.feature.properties?.since, this.day);
  }

  /** A day on or after `latestDay` is the latest, and the URL leaves it out. */
  setDate(day: string | null, written: string | null = null) {
    this.date = day && this.latestDay && day < this.latestDay ? day : null;
    this.#dateWritten = written;
    if (this.selectedId && !this.isShown(this.selectedId)) this.select(null);
    this.highlighted = this.highlighted.filter((id) => this.isShown(id));
  }

  /**
   * Selects the first of `ids` and marks the others; the date moves forward to `fromDay` if earlier.
   * `written` is the event's date as its data gives it, so a month-only one reads as the month.
   */
  showEvent(ids: readonly string[], fromDay: string, written?: string) {
    if (this.day && this.day < fromDay) this.setDate(fromDay, written);
    const known = ids.filter((id) => this.index.has(id));
    for (const id of known) this.visible.add(this.index.get(id)!.entry.id);
    this.select(known[0] ?? null);
    this.highlighted = known.slice(1).filter((id) => this.isShown(id));
  }

  select(id: string | null, alsoHere: string[] = []) {
    this.highlighted = [];
    this.selectedId = id && this.index.has(id) && this.isShown(id) ? id : null;
    this.alsoHere = this.selectedId ? alsoHere.filter((other) => other !== id) : [];
    if (this.selected && !this.visible.has(this.selected.entry.id)) this.visible.add(this.selected.entry.id);
  }
}

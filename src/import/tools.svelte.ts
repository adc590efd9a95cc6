/**
 * The state of the Tools area (import and export): progress, alerts, the imported layers. Small and loaded
 * with the app; the work itself (worker, IndexedDB, export) is imported on demand when a button is used.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { errorText } from '../data/problems';
import type { Situation } from '../state/situation.svelte';
import { featuresBounds } from '../geometry/anchor';
import { formatProgress } from './messages';
import type { DamagedLayer } from './stored';

export interface ToolAlert {
  id: number;
  title: string;
  lines: string[];
  /** A way out the alert offers, e.g. importing the features of a file that are fine. */
  action?: { label: string; run: () => void };
}

interface QueuedFile {
  file: File;
  skipInvalid: boolean;
}

export class AnalystTools {
  /** One line on what is going on now, or null. */
  progress: string | null = $state(null);
  /** The last success or notice, shown until the next action. */
  status: string | null = $state(null);
  alerts: ToolAlert[] = $state([]);
  busy = $state(false);
  /** Files whose copy for the next visit is written (IndexedDB said so), newest last. */
  kept: string[] = $state([]);
  /** A file is being dragged over the page. */
  dragging = $state(false);
  readonly imported = $derived.by(() =>
    this.situation.loads.filter((load) => load.entry.id.startsWith('import-'))
  );
  /** The URL hash the page opened with; the app rewrites it before imported layers are back. */
  private readonly startHash = window.location.hash;
  private restoring: Promise<void> | undefined;
  private nextAlert = 1;
  private readonly queue: QueuedFile[] = [];
  private markReady: () => void = () => {};
  /** Resolves once the situation layers are in (the app sets them all at once; imports come after). */
  private readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));
  readonly situation: Situation;

  constructor(situation: Situation) {
    this.situation = situation;
  }

  private alert(title: string, lines: string[], action?: ToolAlert['action']) {
    this.alerts = [...this.alerts, { id: this.nextAlert++, title, lines, ...(action && { action }) }];
  }

  dismiss(id: number) {
    this.alerts = this.alerts.filter((alert) => alert.id !== id);
  }

  /** Once, after the situation layers are in: imported layers from earlier visits. */
  restore(): Promise<void> {
    this.markReady();
    this.restoring ??= import('./importer')
      .then(async ({ restoreImportedLayers }) => {
        for (const layer of await restoreImportedLayers(this.situation, this.startHash)) this.damaged(layer);
      })
      .catch((error) => this.alert('Your imported layers could not be restored', [errorText(error)]));
    return this.restoring;
  }

  /**
   * One file after the other, each with its own alert if it fails; files given while an import runs wait
   * their turn. Nothing on the map changes for a file that fails.
   */
  async importFiles(files: readonly File[], skipInvalid = false) {
    this.queue.push(...files.map((file) => ({ file, skipInvalid })));
    if (this.busy || !this.queue.length) return;
    this.busy = true;
    this.status = null;
    const added: string[] = [];
    const notes: string[] = [];
    try {
      await this.ready;
      await this.restoring;
      const { importFile } = await import('./importer');
      for (let next = this.queue.shift(); next; next = this.queue.shift()) {
        const { file, skipInvalid } = next;
        const name = file.name;
        this.progress = formatProgress(name, { stage: 'reading' });
        const outcome = await importFile(
          this.situation,
          file,
          (progress) => {
            this.progress = formatProgress(name, progress);
          },
          skipInvalid
        );
        if (outcome.ok) {
          added.push(...outcome.titles);
          notes.push(...outcome.notes);
          this.whenKept(name, outcome.saved);
        } else this.refused(file, outcome.messages, outcome.drawable);
      }
    } catch (error) {
      this.queue.length = 0;
      this.alert('The import failed', [errorText(error)]);
    } finally {
      this.busy = false;
      this.progress = null;
      if (added.length)
        this.status = [`Added ${added.map((title) => `“${title}”`).join(', ')}.`, ...notes].join(' ');
    }
  }

  /** A stored layer that could not be read: said, set aside (the others are back), and offered for removal. */
  private damaged({ id, title, problem }: DamagedLayer) {
    this.alert(`Your imported layer “${title}” could not be restored`, [`${title}: ${problem}.`], {
      label: 'Remove it',
      run: () =>
        void import('./importer')
          .then(({ removeDamagedLayer }) => removeDamagedLayer(id))
          .then(
            () => (this.status = `Removed “${title}”.`),
            (error: unknown) => this.alert(`Could not remove “${title}”`, [errorText(error)])
          )
    });
  }

  /** A refused file; when only some of its features are broken, the alert offers to import the rest. */
  private refused(file: File, messages: string[], drawable?: number) {
    const action = drawable
      ? {
          label: `Import the ${drawable === 1 ? 'feature' : `${drawable.toLocaleString('en')} features`} that can be drawn`,
          run: () => void this.importFiles([file], true)
        }
      : undefined;
    this.alert(`Could not import “${file.name}”`, messages, action);
  }

  /** "Kept" is said only once IndexedDB has the copy: closing the tab before that would lose it. */
  private whenKept(name: string, saved: Promise<string | null>) {
    void saved.then((problem) => {
      if (problem) this.alert(`“${name}” will not be kept for your next visit`, [problem]);
      else this.kept = [...this.kept, name];
    });
  }

  async remove(id: string) {
    const title = this.situation.loads.find((load) => load.entry.id === id)?.entry.title ?? id;
    try {
      const { removeImportedLayer } = await import('./importer');
      await removeImportedLayer(this.situation, id);
      this.status = `Removed “${title}”.`;
    } catch (error) {
      this.alert(`Could not remove “${title}”`, [errorText(error)]);
    }
  }

  /** Fits the map to an imported layer, wherever in the world it lies. */
  zoomTo(map: MapLibreMap, id: string) {
    const load = this.situation.loads.find((candidate) => candidate.entry.id === id);
    if (load?.status !== 'loaded' || !load.data.features.length) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    map.fitBounds(featuresBounds(load.data.features), { padding: 40, maxZoom: 9, animate: !reduceMotion });
  }

  async exportGeojson() {
    try {
      const { downloadGeojson } = await import('../export/exports');
      const count = downloadGeojson(this.situation);
      this.status = `Downloaded ${count.toLocaleString('en')} features as GeoJSON.`;
    } catch (error) {
      this.alert('The GeoJSON download failed', [errorText(error)]);
    }
  }

  async exportPng(map: MapLibreMap) {
    try {
      const { downloadPng } = await import('../export/exports');
      await downloadPng(map, this.situation);
      this.status = 'Downloaded the map view as PNG.';
    } catch (error) {
      this.alert('The PNG download failed', [errorText(error)]);
    }
  }
}

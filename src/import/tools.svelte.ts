/**
 * The state of the Tools area (import and export): progress, alerts, the imported layers. Small and loaded
 * with the app; the work itself (worker, IndexedDB, export) is imported on demand when a button is used.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { errorText } from '../data/problems';
import * as m from '../i18n/paraglide/messages.js';
import { formatCount } from '../ui/format';
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
  private readonly startHash = typeof window === 'undefined' ? '' : window.location.hash; // no window in the prerender
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
      .catch((error) => this.alert(m.import_not_restored(), [errorText(error)]));
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
      this.alert(m.import_failed(), [errorText(error)]);
    } finally {
      this.busy = false;
      this.progress = null;
      if (added.length)
        this.status = [
          m.import_added({ titles: added.map((title) => m.quoted_title({ title })).join(', ') }),
          ...notes
        ].join(' ');
    }
  }

  /** A stored layer that could not be read: said, set aside (the others are back), and offered for removal. */
  private damaged({ id, title, problem }: DamagedLayer) {
    this.alert(m.import_layer_not_restored({ title }), [`${title}: ${problem}.`], {
      label: m.remove_it(),
      run: () =>
        void import('./importer')
          .then(({ removeDamagedLayer }) => removeDamagedLayer(id))
          .then(
            () => (this.status = m.import_removed({ title })),
            (error: unknown) => this.alert(m.import_could_not_remove({ title }), [errorText(error)])
          )
    });
  }

  /** A refused file; when only some of its features are broken, the alert offers to import the rest. */
  private refused(file: File, messages: string[], drawable?: number) {
    const action = drawable
      ? {
          label:
            drawable === 1
              ? m.import_drawable_one()
              : m.import_drawable_other({ count: formatCount(drawable) }),
          run: () => void this.importFiles([file], true)
        }
      : undefined;
    this.alert(m.import_could_not({ name: file.name }), messages, action);
  }

  /** "Kept" is said only once IndexedDB has the copy: closing the tab before that would lose it. */
  private whenKept(name: string, saved: Promise<string | null>) {
    void saved.then((problem) => {
      if (problem) this.alert(m.import_not_kept({ name }), [problem]);
      else this.kept = [...this.kept, name];
    });
  }

  async remove(id: string) {
    const title = this.situation.loads.find((load) => load.entry.id === id)?.entry.title ?? id;
    try {
      const { removeImportedLayer } = await import('./importer');
      await removeImportedLayer(this.situation, id);
      this.status = m.import_removed({ title });
    } catch (error) {
      this.alert(m.import_could_not_remove({ title }), [errorText(error)]);
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
      this.status = m.export_geojson_done({ count: formatCount(count) });
    } catch (error) {
      this.alert(m.export_geojson_failed(), [errorText(error)]);
    }
  }

  async exportPng(map: MapLibreMap) {
    try {
      const { downloadPng } = await import('../export/exports');
      await downloadPng(map, this.situation);
      this.status = m.export_png_done();
    } catch (error) {
      this.alert(m.export_png_failed(), [errorText(error)]);
    }
  }
}

/**
 * Turns a validated collection into layers the map can draw with the situation layers' own components: one
 * layer per kind of geometry (a mixed file becomes up to three), each feature with a unique string
 * `properties.id` (the map's feature-state and the place list key on it) and a `name`.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LayerEntry, LayerKind, Locale } from '../data/schema';
import { isRecord } from '../data/problems';
import * as m from '../i18n/paraglide/messages.js';
import { formatCount } from '../ui/format';
import { isolateBidi } from '../map/attribution';
import { untrustedProperties } from './untrusted';

/** Distinct from the situation layers' red, blue, orange, grey and magenta; readable on light and dark. */
/**
 * An imported point layer with at least this many points is clustered (LayerStyle.cluster): beyond a few
 * thousand, single dots hide each other and the basemap, and drawing them all makes panning stutter.
 */
export const CLUSTER_FROM = 2000;

export const IMPORT_PALETTE = ['#0f9d8a', '#7b4bd1', '#4c9a2a', '#c2185b', '#8d6e00', '#00838f'];

const KIND_OF: Record<string, LayerKind> = {
  Polygon: 'fill',
  MultiPolygon: 'fill',
  LineString: 'line',
  MultiLineString: 'line',
  Point: 'point',
  MultiPoint: 'point'
};
/** Bottom to top, as the map draws them: areas under lines under points. */
const KIND_ORDER: LayerKind[] = ['fill', 'line', 'point'];
type Words = (inputs: { name: string; count: string }, options: { locale: Locale }) => string;
/** An imported layer's words, per kind: its title in a mixed file, and its description for one and for several. */
const KIND_WORDS: Record<LayerKind, { title: Words; one: Words; other: Words }> = {
  fill: { title: m.import_layer_title_fill, one: m.import_layer_fill_one, other: m.import_layer_fill_other },
  line: { title: m.import_layer_title_line, one: m.import_layer_line_one, other: m.import_layer_line_other },
  point: {
    title: m.import_layer_title_point,
    one: m.import_layer_point_one,
    other: m.import_layer_point_other
  }
};

/** The layer kind that draws a geometry; a GeometryCollection goes by its first drawable member. */
export function geometryKind(geometry: unknown): LayerKind | null {
  if (!isRecord(geometry)) return null;
  const type = geometry['type'];
  if (type === 'GeometryCollection' && Array.isArray(geometry['geometries'])) {
    for (const member of geometry['geometries'] as unknown[]) {
      const kind = geometryKind(member);
      if (kind) return kind;
    }
    return null;
  }
  return typeof type === 'string' ? (KIND_OF[type] ?? null) : null;
}

/** `My Places (2).geojson` → `my-places-2`. */
export function slugify(fileName: string): string {
  const base = fileName.replace(/\.(geo)?json$/i, '');
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'file';
}

/**
 * `import-<slug>-<n>`, or with a tab's own `-<tag>` after it: two tabs importing files of the same name must
 * not share a layer id, or the stored copy of one would replace the other's.
 */
export const importLayerId = (slug: string, n: number, tag = '') => `import-${slug}-${n}${tag && `-${tag}`}`;

/** A short random tag, unique enough across the tabs of one browser. */
export const randomTag = () => Math.random().toString(36).slice(2, 8).padEnd(6, '0');

/** The next free number for an imported layer id, counting over all imported layers. */
export function nextImportNumber(layerIds: readonly string[]): number {
  let max = 0;
  for (const id of layerIds) {
    const n = /^import-.*?-(\d+)(?:-[a-z0-9]{6})?$/.exec(id)?.[1];
    if (n) max = Math.max(max, Number(n));
  }
  return max + 1;
}

const nonEmptyText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * A copy of one feature with a string id that is not yet `taken` (which it joins), a name (in `locale` when
 * made up), and situation fields only when well formed (./untrusted.ts). Replaced values stay visible under
 * `originalId` / `originalName`.
 */
export function identifyFeature(
  feature: Feature,
  layerId: string,
  index: number,
  taken: Set<string>,
  locale: Locale = 'en'
): Feature {
  const own = isRecord(feature.properties) ? feature.properties : {};
  const properties: Record<string, unknown> = { ...untrustedProperties(own) };
  const given = properties['id'] ?? feature.id;
  const candidate = typeof given === 'number' ? String(given) : given;
  if (nonEmptyText(candidate) && !taken.has(candidate)) properties['id'] = candidate;
  else {
    if (properties['id'] !== undefined) properties['originalId'] = properties['id'];
    let id = `${layerId}-${index}`;
    for (let k = 2; taken.has(id); k++) id = `${layerId}-${index}-${k}`;
    properties['id'] = id;
  }
  taken.add(properties['id'] as string);
  const name = properties['name'];
  if (!nonEmptyText(name)) {
    if (name !== undefined && typeof name !== 'number') properties['originalName'] = name;
    const label = [properties['title'], properties['label']].find(nonEmptyText);
    const madeUp = () => m.import_feature_name({ number: String(index + 1) }, { locale });
    properties['name'] = typeof name === 'number' ? String(name) : (label ?? madeUp());
  }
  return { type: 'Feature', geometry: feature.geometry, properties };
}

export interface ImportedLayer {
  entry: LayerEntry;
  /** Some feature gives a `since` (as a string): then a clustered layer's tiles depend on the day. */
  hasSince: boolean;
  /**
   * The features, identified (ids, names, checked properties). Made on first use, for all the file's layers
   * at once: the worker answers the page with the entries first and does this while the map makes room.
   */
  readonly data: FeatureCollection;
}

export interface SplitOptions {
  fileName: string;
  /** The number of the first layer (import-<slug>-<n>); a mixed file's further layers take the next ones. */
  firstNumber: number;
  /** Feature ids already on the map. */
  takenIds: Iterable<string>;
  /** Makes layer ids unique across tabs (`randomTag`); none in tests, for stable ids. */
  tag?: string;
  /** The reader's language, for every word the import writes (English when not given). */
  locale?: Locale;
}

/** One layer per kind present, bottom to top. Features without a geometry are left out (`omitted`). */
export function splitIntoLayers(features: readonly Feature[], options: SplitOptions) {
  const byKind = new Map<LayerKind, number[]>();
  const dated = new Set<LayerKind>();
  let omitted = 0;
  features.forEach((feature, index) => {
    const kind = geometryKind(feature.geometry);
    if (!kind) omitted++;
    else if (byKind.has(kind)) byKind.get(kind)!.push(index);
    else byKind.set(kind, [index]);
    if (kind && isRecord(feature.properties) && typeof feature.properties['since'] === 'string')
      dated.add(kind);
  });
  const kinds = KIND_ORDER.filter((kind) => byKind.has(kind));
  const taken = new Set(options.takenIds);
  const slug = slugify(options.fileName);
  const name = isolateBidi(options.fileName);
  const locale = options.locale ?? 'en';
  const entries = kinds.map((kind, i) => {
    const n = options.firstNumber + i;
    const id = importLayerId(slug, n, options.tag);
    const indexes = byKind.get(kind)!;
    const words = KIND_WORDS[kind];
    const counted = { name, count: formatCount(indexes.length, locale) };
    const title = kinds.length > 1 ? words.title(counted, { locale }) : name;
    const entry: LayerEntry = {
      id,
      file: options.fileName,
      title,
      description: (indexes.length === 1 ? words.one : words.other)(counted, { locale }),
      kind,
      style: {
        color: IMPORT_PALETTE[(n - 1) % IMPORT_PALETTE.length]!,
        fillOpacity: 0.2,
        lineWidth: 2,
        radius: 4,
        // MapLibre clusters Point features only: a MultiPoint would fall out of the clusters.
        ...(kind === 'point' &&
          indexes.length >= CLUSTER_FROM &&
          indexes.every((index) => features[index]!.geometry?.type === 'Point') && { cluster: true })
      },
      attribution: m.import_layer_attribution({ name }, { locale }),
      visible: true
    };
    return entry;
  });
  // In layer order, so that ids taken by one layer's features are known to the next.
  let identified: FeatureCollection<Geometry>[] | undefined;
  const identifyAll = () =>
    (identified ??= kinds.map((kind, i) => ({
      type: 'FeatureCollection',
      features: byKind
        .get(kind)!
        .map(
          (index) =>
            identifyFeature(features[index]!, entries[i]!.id, index, taken, locale) as Feature<Geometry>
        )
    })));
  const layers: ImportedLayer[] = entries.map((entry, i) => ({
    entry,
    hasSince: dated.has(kinds[i]!),
    get data() {
      return identifyAll()[i]!;
    }
  }));
  return { layers, omitted };
}

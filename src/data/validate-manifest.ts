/**
 * Manifest rules: geodata/manifest.json must describe a drawable map — a region, a view inside it and
 * well-formed layer entries (kinds from LAYER_KINDS, a colour, unique ids and plain file names).
 */
import { LAYER_KINDS, type LayerKind } from './schema';
import { describe, isoDateProblem, isRecord, KEBAB_CASE, type Fault } from './problems';
import type { Region } from './validate-geometry';

/** What the layer files are checked against: the region and each listed layer that can be checked. */
export interface ManifestFacts {
  region?: Region;
  layers: { index: number; id: string; file: string; kind?: LayerKind; onLand?: boolean }[];
}

const COLOR = /^(#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|(rgb|rgba|hsl|hsla)\([^()]*\)|[a-z]+)$/i;

function text(value: unknown, path: string): Fault[] {
  return typeof value === 'string' && value.trim() !== ''
    ? []
    : [{ path, message: `must be a non-empty string, got ${describe(value)}` }];
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function numberIn(value: unknown, path: string, min: number, max: number, optional = true): Fault[] {
  if (value === undefined && optional) return [];
  return finite(value) && value >= min && value <= max
    ? []
    : [{ path, message: `must be a number from ${min} to ${max}, got ${describe(value)}` }];
}

function regionFaults(region: unknown): Fault[] {
  if (!Array.isArray(region) || region.length !== 4 || !region.every(finite))
    return [
      { path: 'region', message: `must be [west, south, east, north] in degrees, got ${describe(region)}` }
    ];
  const [west, south, east, north] = region as number[] as Region;
  if (west < -180 || east > 180 || south < -90 || north > 90 || west >= east || south >= north)
    return [
      { path: 'region', message: `[${region.join(', ')}] is not a valid [west, south, east, north] box` }
    ];
  return [];
}

function styleFaults(style: unknown, path: string): Fault[] {
  if (!isRecord(style)) return [{ path, message: `must be an object, got ${describe(style)}` }];
  const faults: Fault[] = [];
  const color = style['color'];
  if (typeof color !== 'string' || !COLOR.test(color.trim()))
    faults.push({
      path: `${path}.color`,
      message: `must be a CSS colour such as "#d64545", got ${describe(color)}`
    });
  faults.push(...numberIn(style['fillOpacity'], `${path}.fillOpacity`, 0, 1));
  faults.push(...numberIn(style['lineWidth'], `${path}.lineWidth`, 0, 50));
  faults.push(...numberIn(style['radius'], `${path}.radius`, 0, 100));
  const dash = style['dash'];
  if (
    dash !== undefined &&
    !(Array.isArray(dash) && dash.length > 0 && dash.every((n) => finite(n) && n >= 0))
  )
    faults.push({
      path: `${path}.dash`,
      message: `must be a list of non-negative numbers, got ${describe(dash)}`
    });
  for (const flag of ['labels', 'cluster'])
    if (style[flag] !== undefined && typeof style[flag] !== 'boolean')
      faults.push({
        path: `${path}.${flag}`,
        message: `must be true or false, got ${describe(style[flag])}`
      });
  return faults;
}

function viewFaults(view: unknown, region: Region): Fault[] {
  if (!isRecord(view)) return [{ path: 'view', message: `must be { center, zoom }, got ${describe(view)}` }];
  const center = view['center'];
  const [lon, lat] = Array.isArray(center) ? (center as unknown[]) : [];
  const inside =
    finite(lon) &&
    finite(lat) &&
    lon >= region[0] &&
    lon <= region[2] &&
    lat >= region[1] &&
    lat <= region[3];
  const faults = inside
    ? []
    : [{ path: 'view.center', message: `must be [lon, lat] inside the region, got ${describe(center)}` }];
  return [...faults, ...numberIn(view['zoom'], 'view.zoom', 0, 24, false)];
}

/** Faults of one layer entry; `seen` holds the ids and files of the entries above it. */
function layerFaults(
  layer: Record<string, unknown>,
  path: string,
  seen: { ids: Map<unknown, string>; files: Map<unknown, string> }
): Fault[] {
  const { id, file, kind } = layer;
  const faults: Fault[] = [];
  if (typeof id !== 'string' || !KEBAB_CASE.test(id))
    faults.push({ path: `${path}.id`, message: `must be a kebab-case string, got ${describe(id)}` });
  else if (seen.ids.has(id))
    faults.push({ path: `${path}.id`, message: `"${id}" is already used by ${seen.ids.get(id)}` });
  // A plain name: the CLI joins it to a directory, the app to a URL.
  if (typeof file !== 'string' || !/^[\w-][\w.-]*\.geojson$/.test(file))
    faults.push({
      path: `${path}.file`,
      message: `must be a plain file name ending in .geojson, got ${describe(file)}`
    });
  else if (seen.files.has(file))
    faults.push({ path: `${path}.file`, message: `"${file}" is already used by ${seen.files.get(file)}` });
  if (!(LAYER_KINDS as readonly unknown[]).includes(kind))
    faults.push({
      path: `${path}.kind`,
      message: `${describe(kind)} is not one of ${LAYER_KINDS.join(', ')}`
    });
  for (const key of ['title', 'description', 'attribution'])
    faults.push(...text(layer[key], `${path}.${key}`));
  faults.push(...styleFaults(layer['style'], `${path}.style`));
  const onLand = layer['onLand'];
  if (onLand !== undefined && typeof onLand !== 'boolean')
    faults.push({ path: `${path}.onLand`, message: `must be true or false, got ${describe(onLand)}` });
  else if (onLand === true && kind !== 'line')
    faults.push({ path: `${path}.onLand`, message: `applies to "line" layers only, not ${describe(kind)}` });
  if (typeof layer['visible'] !== 'boolean')
    faults.push({
      path: `${path}.visible`,
      message: `must be true or false, got ${describe(layer['visible'])}`
    });
  return faults;
}

/** Faults of the parsed manifest, and the facts the layer files are then checked against. */
export function manifestFaults(manifest: unknown): { faults: Fault[]; facts: ManifestFacts } {
  const facts: ManifestFacts = { layers: [] };
  if (!isRecord(manifest))
    return { faults: [{ path: '', message: `must be a JSON object, got ${describe(manifest)}` }], facts };
  const faults: Fault[] = [...text(manifest['title'], 'title'), ...text(manifest['subtitle'], 'subtitle')];
  const asOf = isoDateProblem(manifest['asOf']);
  if (asOf) faults.push({ path: 'asOf', message: asOf });
  const regionProblems = regionFaults(manifest['region']);
  faults.push(...regionProblems);
  if (regionProblems.length === 0) facts.region = manifest['region'] as Region;
  faults.push(...viewFaults(manifest['view'], facts.region ?? [-180, -90, 180, 90]));
  const layers = manifest['layers'];
  if (!Array.isArray(layers) || layers.length === 0) {
    faults.push({
      path: 'layers',
      message: `must be a non-empty array of layer entries, got ${describe(layers)}`
    });
    return { faults, facts };
  }
  const seen = { ids: new Map<unknown, string>(), files: new Map<unknown, string>() };
  layers.forEach((layer: unknown, index) => {
    const path = `layers[${index}]`;
    if (!isRecord(layer)) {
      faults.push({ path, message: `must be an object, got ${describe(layer)}` });
      return;
    }
    const layerProblems = layerFaults(layer, path, seen);
    faults.push(...layerProblems);
    const { id, file, kind } = layer;
    if (!seen.ids.has(id)) seen.ids.set(id, path);
    if (seen.files.has(file) || typeof id !== 'string' || typeof file !== 'string') return;
    seen.files.set(file, path);
    // A layer whose file name is unusable is not read at all; one with a bad kind is read without the kind rule.
    if (layerProblems.some((fault) => fault.path === `${path}.file`)) return;
    const known = (LAYER_KINDS as readonly unknown[]).includes(kind);
    facts.layers.push({
      index,
      id,
      file,
      ...(known ? { kind: kind as LayerKind } : {}),
      ...(layer['onLand'] === true ? { onLand: true } : {})
    });
  });
  return { faults, facts };
}

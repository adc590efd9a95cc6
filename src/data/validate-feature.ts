/**
 * One feature's rules: geojson-validation's feature-level checks, the geometry rules, the layer kind and, for
 * geodata/ (situation mode), the situation-property schema.
 */
import type { Geometry } from 'geojson';
import type { LayerKind } from './schema';
import gjv from 'geojson-validation';
import { describe, isRecord, type Fault } from './problems';
import { geometryFaults, type Region } from './validate-geometry';
import { onLandFaults, type LandIndex } from './validate-on-land';
import { situationPropertyFaults } from './validate-properties';

export interface FeatureRules {
  /** The file's name, used in every message. */
  file: string;
  /** 'situation' (default): geodata/ rules. 'user': an imported file — GeoJSON rules only, no schema or region. */
  mode?: 'situation' | 'user';
  /** Every position must lie inside it (situation mode only). */
  region?: Region;
  /** The layer kind that will draw the file; geometries it cannot draw are reported. */
  kind?: LayerKind;
  /** Feature ids already seen in other files (id → where), for ids unique across all layers. */
  seenIds?: Map<string, string>;
  /** The layer declares that its lines follow roads on land (manifest `onLand`); a feature may say otherwise. */
  onLand?: boolean;
  /** The basemap's land, to check lines declared on land against. */
  land?: LandIndex;
}

const DRAWABLE: Record<LayerKind, string[]> = {
  fill: ['Polygon', 'MultiPolygon'],
  line: ['LineString', 'MultiLineString'],
  point: ['Point', 'MultiPoint']
};

export function featureFaults(feature: Record<string, unknown>, path: string, rules: FeatureRules): Fault[] {
  const situation = rules.mode !== 'user';
  // geojson-validation's feature-level messages; the geometry is checked separately for exact paths.
  const shallow = 'geometry' in feature ? { ...feature, geometry: null } : feature;
  const faults: Fault[] = gjv.isFeature(shallow, true).map((message) => ({
    path: message.startsWith('type') ? `${path}.type` : message.startsWith('bbox') ? `${path}.bbox` : path,
    message
  }));
  const geometry = feature['geometry'];
  if (geometry === null && situation)
    faults.push({ path: `${path}.geometry`, message: 'is null; every situation feature needs a geometry' });
  if (geometry !== null && geometry !== undefined) {
    const geometryProblems = geometryFaults(
      geometry,
      `${path}.geometry`,
      situation ? rules.region : undefined
    );
    faults.push(...geometryProblems);
    const type = isRecord(geometry) ? geometry['type'] : undefined;
    if (situation && geometryProblems.length === 0)
      faults.push(...declaredOnLandFaults(feature, path, rules));
    if (rules.kind && typeof type === 'string' && !DRAWABLE[rules.kind].includes(type))
      faults.push({
        path: `${path}.geometry.type`,
        message: `a "${rules.kind}" layer draws ${DRAWABLE[rules.kind].join(' or ')}, not ${type}`
      });
  }
  const topId = feature['id'];
  if (topId !== undefined && typeof topId !== 'string' && typeof topId !== 'number')
    faults.push({ path: `${path}.id`, message: `must be a string or a number, got ${describe(topId)}` });
  if (situation) {
    // A missing "properties" member is already reported by geojson-validation above.
    if ('properties' in feature)
      faults.push(...situationPropertyFaults(feature['properties'], `${path}.properties`));
    const id = isRecord(feature['properties']) ? feature['properties']['id'] : undefined;
    if (topId !== undefined && typeof id === 'string' && topId !== id)
      faults.push({
        path: `${path}.id`,
        message: `${describe(topId)} differs from properties.id ${describe(id)}`
      });
  } else if (feature['properties'] !== null && !isRecord(feature['properties']) && 'properties' in feature) {
    faults.push({
      path: `${path}.properties`,
      message: `must be an object or null, got ${describe(feature['properties'])}`
    });
  }
  return faults;
}

/** The on-land rule (validate-on-land.ts) for a feature whose layer or own properties declare it. */
function declaredOnLandFaults(feature: Record<string, unknown>, path: string, rules: FeatureRules): Fault[] {
  const own = isRecord(feature['properties']) ? feature['properties']['onLand'] : undefined;
  if (own !== true && !(rules.onLand === true && own !== false)) return [];
  const geometry = feature['geometry'] as Geometry;
  if (geometry.type !== 'LineString' && geometry.type !== 'MultiLineString')
    return own === true
      ? [{ path: `${path}.properties.onLand`, message: `applies to lines only, not to a ${geometry.type}` }]
      : [];
  if (!rules.land)
    return [
      {
        path: `${path}.geometry`,
        message: 'is declared to follow roads on land ("onLand"), but no basemap land was given to check it'
      }
    ];
  return onLandFaults(geometry, rules.land, `${path}.geometry`);
}

/** The id a message names the feature by: properties.id, or (imported files) the Feature's own id. */
export function featureId(feature: unknown, situation: boolean): string | undefined {
  if (!isRecord(feature)) return undefined;
  const id = isRecord(feature['properties']) ? feature['properties']['id'] : undefined;
  if (typeof id === 'string' && id !== '') return id;
  const topId = feature['id'];
  return !situation && (typeof topId === 'string' || typeof topId === 'number') ? String(topId) : undefined;
}

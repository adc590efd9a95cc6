/**
 * The SVG map's projection: Web Mercator (as MapLibre draws it, so the two maps look alike), scaled to fit
 * a longitude/latitude box into a view box `width` wide. Plain functions, tested in Node.
 */
import type { Position } from 'geojson';

export type Bbox = [west: number, south: number, east: number, north: number];

export interface Frame {
  width: number;
  height: number;
  /** View-box units per unit of the [0, 1] Mercator square. */
  scale: number;
  /** The Mercator x and y of the view box's top-left corner. */
  left: number;
  top: number;
}

const MAX_LAT = 85.051129;

/** Longitude/latitude to the [0, 1] Mercator square (y grows southwards). */
export function mercator([lng, lat]: Position): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat!)) * Math.PI) / 180;
  return [(lng! + 180) / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
}

/** The frame showing `bbox` across `width` units; the height follows from the box's shape. */
export function fitFrame(bbox: Bbox, width: number): Frame {
  const [x0, y1] = mercator([bbox[0], bbox[1]]);
  const [x1, y0] = mercator([bbox[2], bbox[3]]);
  const scale = width / (x1 - x0);
  return { width, height: Math.round((y1 - y0) * scale), scale, left: x0, top: y0 };
}

/** A position in view-box units, rounded to a tenth (finer is invisible and only lengthens the paths). */
export function project(frame: Frame, position: Position): [number, number] {
  const [x, y] = mercator(position);
  return [round((x - frame.left) * frame.scale), round((y - frame.top) * frame.scale)];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The box around every position given, grown by `margin` degrees and kept inside `limit`; null if none. */
export function boundsOf(positions: Iterable<Position>, margin: number, limit: Bbox): Bbox | null {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of positions) {
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) continue;
    west = Math.min(west, lng!);
    south = Math.min(south, lat!);
    east = Math.max(east, lng!);
    north = Math.max(north, lat!);
  }
  if (west > east) return null;
  return [
    Math.max(limit[0], west - margin),
    Math.max(limit[1], south - margin),
    Math.min(limit[2], east + margin),
    Math.min(limit[3], north + margin)
  ];
}

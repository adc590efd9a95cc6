/**
 * Douglas–Peucker simplification of projected lines, in view-box units: the basemap's coastline has some
 * 15,000 vertices, far more than an SVG a thousand units wide can show.
 */
type Point = readonly [number, number];

/** Keeps the points needed to stay within `tolerance` of the line; the ends are always kept. */
export function simplifyLine<P extends Point>(points: readonly P[], tolerance: number): P[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  const limit = tolerance * tolerance;
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = limit;
    for (let i = first + 1; i < last; i++) {
      const distance = segmentDistanceSquared(points[i]!, points[first]!, points[last]!);
      if (distance > farthestDistance) [farthest, farthestDistance] = [i, distance];
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return points.filter((_, i) => keep[i]);
}

function segmentDistanceSquared(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length)) : 0;
  const [x, y] = [a[0] + t * dx - p[0], a[1] + t * dy - p[1]];
  return x * x + y * y;
}

/** Whether a ring's extent is under `size` in both directions: an islet too small to draw. */
export function isSpeck(points: readonly Point[], size: number): boolean {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    [minX, maxX] = [Math.min(minX, x), Math.max(maxX, x)];
    [minY, maxY] = [Math.min(minY, y), Math.max(maxY, y)];
  }
  return maxX - minX < size && maxY - minY < size;
}

/**
 * The build-time guard: `npm run build` runs `npm run validate` (scripts/validate.ts) first, so a broken or
 * missing layer file in geodata/ stops the build with a message naming it. Run here on copies of geodata/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json';

function validate(dir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', dir], {
    encoding: 'utf8'
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function copyOfGeodata(): string {
  const dir = mkdtempSync(join(tmpdir(), 'geodata-'));
  cpSync('geodata', dir, { recursive: true });
  return dir;
}

describe('npm run validate, which npm run build runs first', () => {
  it('is what the build runs before Vite', () => {
    expect(packageJson.scripts.build).toMatch(/^npm run validate && /);
  });

  it('passes the real geodata/', () => {
    const { code, out } = validate('geodata/');
    expect(code).toBe(0);
    expect(out).toMatch(/geodata\/: \d+ layers, \d+ features, all valid/);
  });

  it('stops on a layer file that is not JSON, naming the file', () => {
    const dir = copyOfGeodata();
    try {
      writeFileSync(join(dir, 'miraflores.geojson'), '{ "type": "FeatureCollection", ');
      const { code, err } = validate(dir);
      expect(code).toBe(1);
      expect(err).toMatch(/^miraflores\.geojson: .*JSON/m);
      expect(err).toMatch(/1 problem/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('stops on a feature that breaks the rules, naming file, feature and path', () => {
    const dir = copyOfGeodata();
    try {
      const file = join(dir, 'context-places.geojson');
      const places = JSON.parse(readFileSync(file, 'utf8'));
      places.features[1].properties.status = 'certain';
      writeFileSync(file, JSON.stringify(places));
      const { code, err } = validate(dir);
      expect(code).toBe(1);
      expect(err).toMatch(
        /^context-places\.geojson: feature "[a-z-]+" \(features\[1\]\) at features\[1\]\.properties\.status: "certain" is not one of/m
      );
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('stops on a road declared on land that runs over the sea, naming the feature and the segment', () => {
    const dir = copyOfGeodata();
    try {
      const file = join(dir, 'border-route.geojson');
      const route = JSON.parse(readFileSync(file, 'utf8'));
      // The old straight Caracas–Barcelona leg, which ran about 133 km over the Caribbean.
      route.features[0].geometry.coordinates.splice(1, 4);
      writeFileSync(file, JSON.stringify(route));
      const { code, err } = validate(dir);
      expect(code).toBe(1);
      expect(err).toMatch(
        /^border-route\.geojson: feature "border-route-troncal-10" \(features\[0\]\) at features\[0\]\.geometry\.coordinates\[0\]: segment 0 \(-66\.8792, 10\.488 → -64\.6877, 10\.1384\) runs 1\d\d\.\d km/m
      );
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('stops on a layer file the manifest names but that is missing', () => {
    const dir = copyOfGeodata();
    try {
      rmSync(join(dir, 'border-route.geojson'));
      const { code, err } = validate(dir);
      expect(code).toBe(1);
      expect(err).toContain('border-route.geojson');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

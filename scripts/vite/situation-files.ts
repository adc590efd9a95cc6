/**
 * Vite plugin: each geodata/ layer file once per language, with the story already in that language
 * (src/data/localise.ts) and without the other's text, so a reader downloads one language, not both. The app
 * reads the URLs from `virtual:situation-files` ({ en: { 'miraflores.geojson': url, … }, es: … }). On the dev
 * server (and under Vitest) the URLs are the files as written, and the page localises them as they load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';
import { localiseCollection } from '../../src/data/localise.ts';
import { LOCALES, type Locale, type SituationCollection } from '../../src/data/schema.ts';

export const SITUATION_FILES_ID = 'virtual:situation-files';
const RESOLVED_ID = `\0${SITUATION_FILES_ID}`;

/** The emitted asset's name: `miraflores.es.geojson` (Vite adds the hash). */
export const localisedName = (file: string, locale: Locale) =>
  file.replace(/\.geojson$/, `.${locale}.geojson`);

/** One language's layer files in a written bundle: source file name → emitted file name. */
export function localisedFiles(bundle: OutputBundle, locale: Locale): Map<string, string> {
  const files = new Map<string, string>();
  for (const output of Object.values(bundle)) {
    if (output.type !== 'asset') continue;
    for (const name of output.names) {
      const match = /^(.+)\.([a-z]{2})\.geojson$/.exec(name);
      if (match?.[2] === locale) files.set(`${match[1]}.geojson`, output.fileName);
    }
  }
  return files;
}

/** `geodata`: another folder to read the layer files from (the offline test's next deployment). */
/** The collection as one language's file: its text swapped in, every translation left out (English too). */
export function oneLanguage(collection: SituationCollection, locale: Locale): SituationCollection {
  const localised = localiseCollection(collection, locale);
  return {
    ...localised,
    features: localised.features.map((feature) => {
      const properties: Record<string, unknown> = { ...feature.properties };
      delete properties['i18n'];
      return { ...feature, properties: properties as unknown as typeof feature.properties };
    })
  };
}

export function situationFiles(options: { geodata?: string } = {}): Plugin {
  let root = process.cwd();
  let building = false;
  return {
    name: 'situation-files',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === SITUATION_FILES_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return;
      const dir = options.geodata ?? path.join(root, 'geodata');
      const files = readdirSync(dir)
        .filter((file) => file.endsWith('.geojson'))
        .sort();
      const urls: Record<string, Record<string, string>> = Object.fromEntries(
        LOCALES.map((locale) => [locale, {}])
      );
      for (const file of files) {
        if (!building) {
          for (const locale of LOCALES) urls[locale]![file] = JSON.stringify(`/geodata/${file}`);
          continue;
        }
        this.addWatchFile(path.join(dir, file));
        const collection = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as SituationCollection;
        for (const locale of LOCALES) {
          const reference = this.emitFile({
            type: 'asset',
            name: localisedName(file, locale),
            originalFileName: `geodata/${file}`,
            source: JSON.stringify(oneLanguage(collection, locale))
          });
          urls[locale]![file] = `import.meta.ROLLUP_FILE_URL_${reference}`;
        }
      }
      const body = Object.entries(urls)
        .map(
          ([locale, byFile]) =>
            `${JSON.stringify(locale)}: {${Object.entries(byFile)
              .map(([file, url]) => `${JSON.stringify(file)}: ${url}`)
              .join(', ')}}`
        )
        .join(',\n');
      return `export default {\n${body}\n};\n`;
    }
  };
}

/// <reference types="svelte" />
/// <reference types="vite/client" />

/** True only in the build the browser tests use (vite build --mode test). */
declare const __EXPOSE_MAP__: boolean;

interface Window {
  /** The MapLibre map, in test builds only. */
  __map?: import('maplibre-gl').Map;
}

declare module 'virtual:situation-files' {
  /** Locale → layer file name → URL (scripts/vite/situation-files.ts). */
  const files: Record<string, Record<string, string>>;
  export default files;
}

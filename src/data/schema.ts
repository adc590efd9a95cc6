/**
 * The situation data's schema, defined once. The validator (src/data/validate.ts), the app and the
 * tests all read these types and lists, so a property added here is checked and shown everywhere.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/**
 * Two kinds of certainty, kept apart: `status` says how sure the claim is (who says so, and is it
 * established), `precision` how exact the drawn geometry is. A confirmed event may sit on a schematic line;
 * a rumour may be pinned to an exact airport. The ids are here; their words and explanations, in each of
 * the UI's languages, are in messages/*.json (read through src/i18n/certainty.ts).
 */

/** How sure a feature's main claim is. Order = from most to least certain. */
export const STATUSES = ['confirmed', 'reported', 'claimed', 'rumoured'] as const;
export type Status = (typeof STATUSES)[number];

/** How exact a feature's geometry is. Order = from most to least exact. */
export const PRECISIONS = ['exact', 'approximate', 'schematic'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** The story's languages: English is the base text; the others are translations kept beside it (`i18n`). */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export type TranslatedLocale = Exclude<Locale, 'en'>;
export const TRANSLATED_LOCALES = LOCALES.filter((locale): locale is TranslatedLocale => locale !== 'en');

/** A text's translations, by locale, kept beside the English in geodata/ (one source of truth per feature). */
export type Translations<T> = Partial<Record<TranslatedLocale, T>>;

/** A quote in another language: the speaker's words stay in `text`; this is the map's translation of them. */
export interface QuoteTranslation {
  /** Required unless `sameLanguage`. */
  translation?: string;
  /** The speaker's words are already in this language (a Venezuelan minister's Spanish): nothing to translate. */
  sameLanguage?: true;
  /** The speaker, when the English names them with a role ("…, Venezuela’s defence minister"). */
  speaker?: string;
  /** The quote's `context`, translated; required when the English quote has one. */
  context?: string;
  /** Said beside the translation, e.g. that the speaker's original wording was not published in our sources. */
  note?: string;
}

/** A feature's translatable text. `dates` and `quotes` mirror the English arrays: same order, same length. */
export interface FeatureTranslation {
  name: string;
  summary: string;
  geometrySource: string;
  dates?: { event: string }[];
  quotes?: QuoteTranslation[];
}

export interface LayerTranslation {
  title: string;
  description: string;
  attribution?: string;
}

/** The manifest's translatable text; `glossary` mirrors the English glossary entry for entry. */
export interface ManifestTranslation {
  title: string;
  subtitle: string;
  glossary?: GlossaryEntry[];
}

export interface Source {
  title: string;
  publisher: string;
  /** ISO 8601 date (YYYY-MM-DD) of publication or retrieval. */
  date: string;
  /** http(s) only; omitted when the source is not online. */
  url?: string;
}

export interface Quote {
  text: string;
  /** A named person. Quotes from unnamed people are not allowed. */
  speaker: string;
  /** Where and when it was said, e.g. "at a rally in Caracas, late Nov 2025". */
  context?: string;
  /**
   * How sure it is that the speaker said it: `confirmed` for their own post or an official record,
   * `reported` when only a news report relays it, and so on (a quote's status is not the feature's).
   */
  status: Status;
  source: Source;
  /**
   * The map's translation of `text` into the reader's language, which the UI marks as a translation. In
   * geodata/ only for a quote not in English (its English translation); other languages' come from `i18n`
   * through localiseFeature (src/data/localise.ts).
   */
  translation?: string;
  /** Set with `translation`: a remark on it (e.g. the original wording was not published). */
  translationNote?: string;
}

export interface DatedEvent {
  /** ISO 8601 date (YYYY-MM-DD or YYYY-MM). */
  date: string;
  /** What happened on that date, in the map's own words. */
  event: string;
}

/** Properties every situation feature carries. */
export interface SituationProperties {
  /** Stable, unique across all layers, kebab-case. Used in permalinks. */
  id: string;
  name: string;
  /** A few sentences in the map's own words. */
  summary: string;
  /** How sure the claim is (see STATUSES). */
  status: Status;
  /** How exact the geometry is (see PRECISIONS); independent of `status`. */
  precision: Precision;
  /** The date from which this feature is part of the story (ISO 8601); the timeline hides it before. */
  since: string;
  /** Dated events concerning this feature, oldest first. */
  dates: DatedEvent[];
  sources: Source[];
  /** How the geometry was made (e.g. "coordinates from GeoNames 3646738", "constructed with Turf …"). */
  geometrySource: string;
  quotes?: Quote[];
  /**
   * The line follows roads on land: `npm run validate` then fails when more than a small tolerance of it lies
   * off the basemap's land (src/data/validate-on-land.ts). `false` exempts one line of an `onLand` layer.
   */
  onLand?: boolean;
  /** The feature's text in the other locales (see FeatureTranslation). */
  i18n?: Translations<FeatureTranslation>;
}

export type SituationFeature = Feature<Geometry, SituationProperties>;
export type SituationCollection = FeatureCollection<Geometry, SituationProperties>;

/** How a layer is drawn. All presentation lives in geodata/manifest.json, not in code. */
export interface LayerStyle {
  /** CSS colour of the fill, line or point. */
  color: string;
  /** Fill opacity for polygons (0–1). */
  fillOpacity?: number;
  /** Line or outline width in px. */
  lineWidth?: number;
  /** Dash pattern for lines/outlines, in line widths (MapLibre line-dasharray). */
  dash?: number[];
  /** Point radius in px. */
  radius?: number;
  /** Show the feature's name as a label beside points. */
  labels?: boolean;
  /**
   * Group nearby points into counted clusters below zoom CLUSTER_MAX_ZOOM + 1 (src/map/layerStyle.ts): for
   * layers with thousands of points, which would otherwise bury the map and slow it down. Points only.
   */
  cluster?: boolean;
}

export const LAYER_KINDS = ['fill', 'line', 'point'] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

export interface LayerEntry {
  /** kebab-case, unique; also the URL token. */
  id: string;
  /** File name inside geodata/. */
  file: string;
  title: string;
  /** One sentence shown under the title in the layer panel. */
  description: string;
  kind: LayerKind;
  style: LayerStyle;
  /** Text for the map's attribution control (data credit and licence). */
  attribution: string;
  /** Whether the layer is on when no permalink says otherwise. */
  visible: boolean;
  /** Line layers only: every line follows roads on land and is checked against the basemap's land. */
  onLand?: boolean;
  i18n?: Translations<LayerTranslation>;
}

/** A word of jargon and what it means in plain words (FIR, NOTAM…), shown where the word is. */
export interface GlossaryEntry {
  term: string;
  explanation: string;
}

export interface Manifest {
  title: string;
  subtitle: string;
  /** ISO date: the situation as of this day. */
  asOf: string;
  /** [west, south, east, north]: every coordinate must lie inside. */
  region: [number, number, number, number];
  view: { center: [number, number]; zoom: number };
  /** Drawn bottom to top. */
  layers: LayerEntry[];
  /** Jargon used in the story, explained. */
  glossary?: GlossaryEntry[];
  i18n?: Translations<ManifestTranslation>;
}

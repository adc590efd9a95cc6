/**
 * The words for the schema's certainty ids (src/data/schema.ts keeps the ids; the words live in
 * messages/*.json so they follow the reader's language).
 */
import type { Precision, Status } from '../data/schema';
import * as m from './paraglide/messages.js';

export const statusWord = (status: Status): string =>
  ({
    confirmed: m.status_confirmed,
    reported: m.status_reported,
    claimed: m.status_claimed,
    rumoured: m.status_rumoured
  })[status]();

/** "Reported: stated by a news outlet…": shown on hover or focus of a status badge. */
export const statusExplanation = (status: Status): string =>
  ({
    confirmed: m.status_confirmed_explained,
    reported: m.status_reported_explained,
    claimed: m.status_claimed_explained,
    rumoured: m.status_rumoured_explained
  })[status]();

export const precisionLabel = (precision: Precision): string =>
  ({
    exact: m.precision_exact,
    approximate: m.precision_approximate,
    schematic: m.precision_schematic
  })[precision]();

export const precisionExplanation = (precision: Precision): string =>
  ({
    exact: m.precision_exact_explained,
    approximate: m.precision_approximate_explained,
    schematic: m.precision_schematic_explained
  })[precision]();

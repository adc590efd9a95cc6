import { MediaQuery } from 'svelte/reactivity';
import type { Theme } from '../map/basemapStyle';

const prefersDark = new MediaQuery('prefers-color-scheme: dark');

/** The colour scheme the reader's system asks for; follows changes live. */
export const colourScheme = {
  get theme(): Theme {
    return prefersDark.current ? 'dark' : 'light';
  }
};

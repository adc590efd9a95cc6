/** The Intl locale behind each of the map's languages (en-GB: day before month, as the Spanish does). */
import type { Locale } from '../data/schema';

export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', es: 'es' };

import { LOCALES, type Locale } from '@gcm-practices/contract';
import type { Context, MiddlewareHandler } from 'hono';
import { languageDetector } from 'hono/language';
import type { AppEnv } from './app-env.js';

/**
 * The language of the labels in a response: the `lang` parameter, else the best match in
 * `Accept-Language`, else English. Stateless: no cookie is set or read, so the same request
 * always gets the same representation. An invalid `lang` falls through here and is rejected
 * with a 400 by the route's own query validation.
 */
export const detectLabelLanguage: MiddlewareHandler<AppEnv> = languageDetector({
  order: ['querystring', 'header'],
  lookupQueryString: 'lang',
  supportedLanguages: [...LOCALES],
  fallbackLanguage: 'en',
  caches: false,
});

export function labelLanguage(c: Context<AppEnv>): Locale {
  return c.get('language') as Locale;
}

/**
 * Headers of a response whose labels follow the negotiated language. Without a `lang`
 * parameter the body depends on `Accept-Language`, and shared caches must know it.
 */
export function labelLanguageHeaders(c: Context<AppEnv>): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Language': labelLanguage(c) };
  if (!new URL(c.req.url).searchParams.has('lang')) {
    headers.Vary = 'Accept-Encoding, Accept-Language';
  }
  return headers;
}

/**
 * Decap's configuration schema (decap-cms-core, constants/configSchema.js) accepts locale codes of
 * at most 10 letters and hyphens, so it refused the site's H'Mông tag `hmn-Latn-VN` (11
 * characters) and the admin stayed blank with "'i18n.locales[3]' must NOT have more than 10
 * characters". The site's tags are BCP-47 (src/lib/languages.ts), and the content folders and
 * public URLs are named by them. Nothing else in Decap limits a locale's length: it is only a
 * folder name in the entry path and a key in the entry's i18n data.
 *
 * This bundler plugin widens that one schema rule, when Vite bundles the admin (build) or
 * pre-bundles Decap (dev server), to what BCP-47 allows: up to 35 characters (RFC 5646, 4.4.1),
 * letters, digits and hyphens. Nothing in node_modules is changed. If a Decap upgrade changes the
 * rule's text, the bundling fails with a message naming this file, rather than an admin that
 * quietly refuses a language again.
 */

/** The module that holds Decap's locale rule, as Vite and Rolldown name it. */
export const CONFIG_SCHEMA_MODULE = /decap-cms-core[\\/]dist[\\/]esm[\\/]constants[\\/]configSchema\.js$/;

/** Longest language tag a CMS locale may be (RFC 5646, section 4.4.1). */
export const MAX_LOCALE_LENGTH = 35;

/** The locale rule exactly as decap-cms-core 3.19 writes it. */
const DECAP_LOCALE_RULE = /const localeType = \{\s*type: 'string',\s*minLength: 2,\s*maxLength: 10,\s*pattern: '\^\[a-zA-Z-_\]\+\$'\s*\};/;

/** The same rule, widened to BCP-47 tags. */
export const WIDENED_LOCALE_RULE = `const localeType = { type: 'string', minLength: 2, maxLength: ${MAX_LOCALE_LENGTH}, pattern: '^[a-zA-Z0-9-_]+$' };`;

/** Rewrites Decap's locale rule in the source of configSchema.js; throws if the rule is not there. */
export function widenLocaleRule(code: string): string {
  if (!DECAP_LOCALE_RULE.test(code)) {
    throw new Error(
      'admin/long-locales.ts: the locale rule of decap-cms-core (constants/configSchema.js) has changed. ' +
        'Check whether Decap now accepts BCP-47 tags such as hmn-Latn-VN, then update or remove this plugin.',
    );
  }
  // A function, not a string: `$` in the rule's pattern would be read as a replacement pattern.
  return code.replace(DECAP_LOCALE_RULE, () => WIDENED_LOCALE_RULE);
}

/** A plugin for Vite (build and dev) and for Rolldown (Vite's dependency pre-bundling). */
export function decapLongLocales() {
  return {
    name: 'decap-long-locales',
    transform(code: string, id: string) {
      return CONFIG_SCHEMA_MODULE.test(id.split('?')[0]!) ? { code: widenLocaleRule(code), map: null } : null;
    },
  };
}

/**
 * Two bugs of decap-cms-core 3.19, fixed where Vite bundles the admin (build) or pre-bundles Decap
 * (dev server). Nothing in node_modules is changed. Each patch names the exact text it replaces;
 * if a Decap upgrade changes that text, bundling fails with a message naming this file, rather
 * than the bug coming back quietly. test/unit/admin/decap-patches.test.ts runs each on the installed
 * files.
 *
 * 1. Long language tags. Decap's configuration schema (decap-cms-core, constants/configSchema.js) accepts locale codes of
 * at most 10 letters and hyphens, so it refused the site's H'Mông tag `hmn-Latn-VN` (11
 * characters) and the admin stayed blank with "'i18n.locales[3]' must NOT have more than 10
 * characters". The site's tags are BCP-47 (src/i18n/languages.ts), and the content folders and
 * public URLs are named by them. Nothing else in Decap limits a locale's length: it is only a
 * folder name in the entry path and a key in the entry's i18n data.
 *
 * The patch widens that one schema rule to what BCP-47 allows: up to 35 characters (RFC 5646,
 * 4.4.1), letters, digits and hyphens.
 *
 * 2. The language menu of the right-hand pane. Picking another language there ("Đang viết bằng
 * TYZ" → HMN-LATN-VN) switches the pane, then throws "this.props.onLocaleChange is not a function":
 * EditorInterface gives that callback to the left pane only. The right pane gets a callback that
 * does nothing (the left pane's callback only moves the preview, which the right pane does not
 * drive).
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
      'admin/decap-patches.ts: the locale rule of decap-cms-core (constants/configSchema.js) has changed. ' +
        'Check whether Decap now accepts BCP-47 tags such as hmn-Latn-VN, then update or remove this plugin.',
    );
  }
  // A function, not a string: `$` in the rule's pattern would be read as a replacement pattern.
  return code.replace(DECAP_LOCALE_RULE, () => WIDENED_LOCALE_RULE);
}

/** The module that renders the two editor panes. */
export const EDITOR_INTERFACE_MODULE = /decap-cms-core[\\/]dist[\\/]esm[\\/]components[\\/]Editor[\\/]EditorInterface\.js$/;

/** The right-hand pane's props as decap-cms-core 3.19 writes them: no onLocaleChange. */
const RIGHT_PANE_PROPS = /(locale: locales\?\.\[1\],\s*t: t)(\s*\}\))/;

/** Gives the right-hand pane the onLocaleChange it calls; throws if the props are not there. */
export function giveRightPaneLocaleChange(code: string): string {
  const found = code.match(new RegExp(RIGHT_PANE_PROPS.source, 'g'))?.length ?? 0;
  if (found !== 1) {
    throw new Error(
      `admin/decap-patches.ts: the right-hand pane of decap-cms-core's EditorInterface.js has changed (${found} matches). ` +
        'Check whether Decap now passes onLocaleChange to it, then update or remove this patch.',
    );
  }
  return code.replace(RIGHT_PANE_PROPS, (_, props: string, end: string) => `${props},\n        onLocaleChange: () => undefined${end}`);
}

const PATCHES: { module: RegExp; apply: (code: string) => string }[] = [
  { module: CONFIG_SCHEMA_MODULE, apply: widenLocaleRule },
  { module: EDITOR_INTERFACE_MODULE, apply: giveRightPaneLocaleChange },
];

/** A plugin for Vite (build and dev) and for Rolldown (Vite's dependency pre-bundling). */
export function decapPatches() {
  return {
    name: 'decap-patches',
    transform(code: string, id: string) {
      const patch = PATCHES.find(({ module }) => module.test(id.split('?')[0]!));
      return patch ? { code: patch.apply(code), map: null } : null;
    },
  };
}

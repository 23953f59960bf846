declare namespace App {
  interface Locals {
    /** The reader's language of the page being rendered. */
    lang: string;
    /** UI text in the reader's language. */
    t: import('./i18n/translate.ts').Translate;
    /** What the page knows about itself: its entry, fallback state and language links (src/site/route-data.ts). */
    route: import('./site/route-data.ts').RouteData;
  }
}

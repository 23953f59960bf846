declare module 'decap-cms-locales' {
  type Phrases = { [key: string]: string | Phrases };
  /** Decap's phrase trees, one per locale code. */
  export const en: Phrases;
  export const vi: Phrases;
}

declare module 'decap-cms-locales/dist/esm/index.js' {
  export * from 'decap-cms-locales';
}

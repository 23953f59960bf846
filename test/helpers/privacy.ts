/**
 * Watches a Playwright page for what a public page must never do: write storage, set cookies,
 * break its Content-Security-Policy or log errors. `privacyInitScript` runs before the page's own
 * scripts; `privacyReport` reads what it saw.
 */
import type { Page } from 'playwright-core';

export const privacyInitScript = {
  content: `(() => {
  const seen = (window.__privacy = []);
  document.addEventListener('securitypolicyviolation', (e) => seen.push('csp: ' + e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + e.sourceFile + ':' + e.lineNumber), true);
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) { seen.push((this === window.sessionStorage ? 'sessionStorage' : 'localStorage') + '.setItem ' + key); return setItem.call(this, key, value); };
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (name, version) { seen.push('indexedDB.open ' + name); return open.call(this, name, version); };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', { configurable: true, get() { return cookie.get.call(this); }, set(value) { seen.push('document.cookie ' + String(value).split('=')[0]); cookie.set.call(this, value); } });
  if (window.cookieStore) window.cookieStore.set = function (name) { seen.push('cookieStore.set ' + (name && name.name || name)); return Promise.resolve(); };
})();`,
};

/** What the page did since it loaded: CSP violations, storage and cookie writes, and what is stored now. */
export async function privacyReport(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const seen = [...((window as unknown as { __privacy?: string[] }).__privacy ?? [])];
    if (localStorage.length > 0) seen.push(`localStorage has ${localStorage.length} item(s)`);
    if (sessionStorage.length > 0) seen.push(`sessionStorage has ${sessionStorage.length} item(s)`);
    const databases = await indexedDB.databases();
    if (databases.length > 0) seen.push(`indexedDB: ${databases.map((d) => d.name).join(', ')}`);
    if (document.cookie !== '') seen.push(`cookie: ${document.cookie.split('=')[0]}`);
    return seen;
  });
}

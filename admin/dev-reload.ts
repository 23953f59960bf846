/**
 * Under `npm start`, Astro's dev server reloads every open page when a file under content/
 * changes, and decap-server changes them at every save: it checks out the entry's cms/* branch,
 * commits and checks out main again. The admin reloaded itself in the middle of an editor's work,
 * dropping the open editor and, with it, the publish menu the editor was about to click.
 *
 * The CMS reads content through its backend, never through the dev server, so it has no use for
 * those reloads. Vite's client lets a listener see a reload before it happens but not cancel it;
 * it reloads a page only when the reload names that page or names none. Naming a page that does not
 * exist keeps the admin where it is. The public pages in other tabs still reload as before.
 * A change to the admin's own code then needs a manual reload (F5).
 */
export function keepAdminOnContentChanges(hot: ViteHotContext | undefined) {
  hot?.on('vite:beforeFullReload', (payload: { path?: string }) => {
    payload.path = '/admin/__khong-tai-lai__.html';
  });
}

interface ViteHotContext {
  on: (event: 'vite:beforeFullReload', listener: (payload: { path?: string }) => void) => void;
}

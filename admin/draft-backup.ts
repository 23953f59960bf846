/**
 * Makes Decap's own local backup survive a page reload ("No lost work").
 *
 * Decap keeps the draft being edited in the browser (IndexedDB) and, when the entry is opened
 * again, asks "Một bản sao lưu trên máy đã được phục hồi…". Accepting used to restore nothing, for
 * new and existing entries alike, because of a race in decap-cms-core (3.19.1, Editor.js): when the
 * editor mounts it starts reading the backup AND loading the entry (loadEntry) or the empty form
 * (createEmptyDraft). The backup is read from IndexedDB in milliseconds, so the question comes
 * first and the backup is put in the form; but both loads first wait for the media library
 * (waitForMediaLibraryToLoad), which after a reload takes a second or more, and then
 * DRAFT_CREATE_FROM_ENTRY / DRAFT_CREATE_EMPTY replaces the restored draft with the saved entry or
 * an empty form. Nothing in our configuration causes it (i18n, custom formats and the rest only
 * shape what is restored); upstream Decap has the same code.
 *
 * The workaround watches the actions through Decap's own wait-until middleware (the only hook
 * into its store; no node_modules patch): when the first load of the open entry lands after a
 * restore, the restored draft, with anything typed since, is put back with Decap's own actions.
 * If the load came first (nothing to undo) it does nothing. decap-cms-app pins decap-cms-core
 * exactly, so these internals only move with a Decap upgrade: a renamed export fails the build, and
 * step 9 of test/browser/cms.browser.test.ts fails if the restore breaks again. Remove this file
 * once Decap waits for the entry before asking.
 */
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { WAIT_UNTIL_ACTION } from 'decap-cms-core/dist/esm/redux/middleware/waitUntilAction.js';
import {
  DRAFT_CHANGE_FIELD,
  DRAFT_CREATE_EMPTY,
  DRAFT_CREATE_FROM_ENTRY,
  DRAFT_CREATE_FROM_LOCAL_BACKUP,
  DRAFT_DISCARD,
  loadLocalBackup,
  localBackupRetrieved,
} from 'decap-cms-core/dist/esm/actions/entries.js';

interface Draft {
  get(key: string): unknown;
  toJS(): Record<string, unknown>;
}

const currentDraft = () => store.getState().entryDraft.get('entry') as Draft;

/** Whether the open editor has had its first load (entry or empty form) since it opened. */
let loaded = false;
/** The draft restored from the backup before that first load, kept up to date with later typing. */
let restored: Draft | undefined;

/** Sees every plain action after the reducers; true when the restored draft has just been overwritten. */
function overwritesRestoredDraft(action: { type: string }): boolean {
  switch (action.type) {
    case DRAFT_DISCARD:
      // The editor closed.
      loaded = false;
      restored = undefined;
      return false;
    case DRAFT_CREATE_FROM_LOCAL_BACKUP:
      if (!loaded) restored = currentDraft();
      return false;
    case DRAFT_CHANGE_FIELD:
      if (restored) restored = currentDraft();
      return false;
    case DRAFT_CREATE_EMPTY:
    case DRAFT_CREATE_FROM_ENTRY: {
      const overwritten = !!restored && restored.get('collection') === currentDraft().get('collection');
      loaded = true;
      if (!overwritten) restored = undefined;
      return overwritten;
    }
    default:
      return false;
  }
}

type Dispatch = (action: unknown) => unknown;

function watch(): void {
  store.dispatch({
    type: WAIT_UNTIL_ACTION,
    predicate: overwritesRestoredDraft,
    run: (dispatch: Dispatch) => {
      const draft = restored!;
      restored = undefined;
      watch();
      // The same two actions as accepting the question; React renders once, after both, so the
      // question is not asked again.
      dispatch(localBackupRetrieved(draft.toJS()));
      dispatch(loadLocalBackup());
    },
  });
}

/** Installs the workaround; call once, before CMS.init. */
export function keepRestoredDrafts(): void {
  watch();
}

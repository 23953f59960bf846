/**
 * Two editors saving the same entry must not silently overwrite each other.
 *
 * Decap (decap-cms-core 3.19.1) saves whatever the form holds: if someone else saved the entry
 * after this editor opened it, the last save wins and the other editor's work is only left in git
 * history. This module refuses such a save instead:
 *
 * - the version an editor works from is the entry as Decap loaded it into the form
 *   (DRAFT_CREATE_FROM_ENTRY, always read from the backend), and after each successful save the
 *   entry read back from the backend (so saving twice in a row is not a conflict);
 * - just before a save (Decap's `preSave` event, which backend.persistEntry awaits), the entry is
 *   read again through Decap's own backend object (so the local git backend, GitHub, GitLab… alike):
 *   with the editorial workflow from the entry's `cms/<collection>/<slug>` branch if there is one,
 *   else from the published branch. Every language file of the entry is compared, as parsed data,
 *   so line endings or key order are not a conflict;
 * - if it differs, the handler throws: Decap aborts the save, keeps the form as it is (and its
 *   local backup), and shows "Không thể giữ lại mục: " followed by our Vietnamese message.
 *
 * A draft restored from Decap's local backup after a reload (or a crash) was typed on the version
 * loaded before the reload, not on the one loaded after it: whenever Decap writes the backup, the
 * version the form is based on is stored next to it (localStorage, same browser profile, removed
 * with the backup), and when the editor accepts the backup that stored version becomes the base
 * again, also if the entry's load lands after the restore (see draft-backup.ts). A backup written
 * before this existed has no stored version: it is compared with the version loaded after the reload.
 *
 * A new entry has nothing to compare with: Decap itself never overwrites an existing file for it
 * (generateUniqueSlug adds "-1" to a slug already taken). Statuses (draft, review, ready) are not
 * content and are not compared.
 *
 * Like draft-backup.ts this imports decap-cms-core internals (no node_modules patch): decap-cms-app
 * pins decap-cms-core exactly, and test/browser/cms-conflict.browser.test.ts fails if it breaks.
 */
import type { CMS } from 'decap-cms-core';
import { Backend, currentBackend } from 'decap-cms-core/dist/esm/backend.js';
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { selectUseWorkflow } from 'decap-cms-core/dist/esm/reducers/config.js';
import { WAIT_UNTIL_ACTION } from 'decap-cms-core/dist/esm/redux/middleware/waitUntilAction.js';
import { DRAFT_CREATE_FROM_ENTRY, DRAFT_CREATE_FROM_LOCAL_BACKUP, DRAFT_DISCARD } from 'decap-cms-core/dist/esm/actions/entries.js';

export const CONFLICT_MESSAGE =
  'Bài này vừa được người khác lưu sau khi bạn mở. Để không ghi đè lên phần của họ, bài chưa được lưu. ' +
  'Hãy chép phần bạn vừa sửa, tải lại trang để xem bản mới nhất, rồi sửa tiếp.';

/** Decap shows `String(error)` in its "could not save" notification: no "Error: " in front. */
export class SaveConflictError extends Error {
  constructor() {
    super(CONFLICT_MESSAGE);
    this.name = 'SaveConflictError';
  }
  override toString(): string {
    return this.message;
  }
}

interface LoadedEntry {
  collection: string;
  slug: string;
  newRecord?: boolean;
  data?: unknown;
  i18n?: unknown;
}

/** Immutable Map or plain object, as Decap hands them around. */
type EntryLike = LoadedEntry | { toJS(): LoadedEntry };

const plain = (entry: EntryLike): LoadedEntry =>
  'toJS' in entry && typeof entry.toJS === 'function' ? entry.toJS() : (entry as LoadedEntry);

const entryKey = (collection: string, slug: string) => `${collection}/${slug}`;
const keyOf = (entry: LoadedEntry) => entryKey(entry.collection, entry.slug);

/** Data with keys sorted, line endings unified and empty values dropped: equal content, equal text. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n');
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined || item === null || item === '') continue;
      out[key] = canonical(item);
    }
    return out;
  }
  return value;
}

/** The content of an entry, all languages together, as one comparable text. */
export function contentVersion(entry: { data?: unknown; i18n?: unknown }): string {
  return JSON.stringify(canonical({ data: entry.data ?? {}, i18n: entry.i18n ?? {} }));
}

/** collection/slug → the content version the open form is based on. */
const baseVersions = new Map<string, string>();
/** Entries whose open form was restored from the local backup, with the base stored beside it. */
const restoredFromBackup = new Set<string>();

/** Where the base of an entry's local backup is kept (Decap's own backup key is backup.<collection>.<slug>). */
const backupBaseKey = (collection: string, slug: string) => `backup-base.${collection}.${slug}`;

function storeBackupBase(collection: string, slug: string): void {
  const base = baseVersions.get(entryKey(collection, slug));
  if (base === undefined) return forgetBackupBase(collection, slug);
  try {
    localStorage.setItem(backupBaseKey(collection, slug), base);
  } catch {
    // Storage full or blocked: the restored draft is then compared with the version loaded after the reload.
  }
}

function storedBackupBase(collection: string, slug: string): string | null {
  try {
    return localStorage.getItem(backupBaseKey(collection, slug));
  } catch {
    return null;
  }
}

function forgetBackupBase(collection: string, slug: string): void {
  try {
    localStorage.removeItem(backupBaseKey(collection, slug));
  } catch {
    // Nothing stored.
  }
}

interface Named {
  get(key: string): unknown;
}

/** Decap writes and deletes its local backup through these two methods of its backend. */
function keepBaseWithBackup(): void {
  const { persistLocalDraftBackup, deleteLocalDraftBackup } = Backend.prototype;
  Backend.prototype.persistLocalDraftBackup = async function (this: Backend, entry: Named, collection: Named) {
    await persistLocalDraftBackup.call(this, entry, collection);
    const slug = entry.get('slug');
    if (!entry.get('newRecord') && typeof slug === 'string' && slug) storeBackupBase(String(collection.get('name')), slug);
  };
  Backend.prototype.deleteLocalDraftBackup = async function (this: Backend, collection: Named, slug?: string) {
    const result = await deleteLocalDraftBackup.call(this, collection, slug);
    if (slug) forgetBackupBase(String(collection.get('name')), slug);
    return result;
  };
}

/** The entry as it is now in the backend (the entry's workflow branch if any), never from the store. */
async function readCurrent(collectionName: string, slug: string): Promise<LoadedEntry> {
  const state = store.getState();
  const backend = currentBackend(state.config);
  const collection = state.collections.get(collectionName);
  if (selectUseWorkflow(state.config)) {
    try {
      return await backend.unpublishedEntry(state, collection, slug);
    } catch (error) {
      // No branch for this entry: the published version is the current one.
      if (!(error as { notUnderEditorialWorkflow?: boolean }).notUnderEditorialWorkflow) throw error;
    }
  }
  return backend.getEntry(state, collection, slug);
}

async function refuseIfChanged({ entry }: { entry: EntryLike }): Promise<undefined> {
  const draft = plain(entry);
  if (draft.newRecord || !draft.slug) return undefined;
  const base = baseVersions.get(keyOf(draft));
  if (base === undefined) return undefined;
  const current = await readCurrent(draft.collection, draft.slug);
  if (contentVersion(current) !== base) throw new SaveConflictError();
  return undefined;
}

async function rememberSaved({ entry }: { entry: EntryLike }): Promise<undefined> {
  const saved = plain(entry);
  // A new entry gets its slug after the save; Decap then loads it (DRAFT_CREATE_FROM_ENTRY).
  if (saved.newRecord || !saved.slug) return undefined;
  restoredFromBackup.delete(keyOf(saved));
  try {
    baseVersions.set(keyOf(saved), contentVersion(await readCurrent(saved.collection, saved.slug)));
  } catch {
    // Could not read it back: do not block the next save on a guess.
    baseVersions.delete(keyOf(saved));
  }
  return undefined;
}

/** Sees every action after the reducers; never "matches", so it keeps watching. */
function noteLoads(action: { type: string; payload?: { entry?: EntryLike } }): boolean {
  switch (action.type) {
    case DRAFT_CREATE_FROM_ENTRY: {
      if (!action.payload?.entry) break;
      const loaded = plain(action.payload.entry);
      // After a restore the form holds the backup, typed on the stored base, not this load.
      if (loaded.slug && !restoredFromBackup.has(keyOf(loaded))) baseVersions.set(keyOf(loaded), contentVersion(loaded));
      break;
    }
    case DRAFT_CREATE_FROM_LOCAL_BACKUP: {
      const draft = store.getState().entryDraft.get('entry') as Named | undefined;
      const collection = draft?.get('collection');
      const slug = draft?.get('slug');
      if (typeof collection !== 'string' || typeof slug !== 'string' || !slug || draft?.get('newRecord')) break;
      const base = storedBackupBase(collection, slug);
      if (base === null) break;
      baseVersions.set(entryKey(collection, slug), base);
      restoredFromBackup.add(entryKey(collection, slug));
      break;
    }
    case DRAFT_DISCARD:
      // The editor closed.
      restoredFromBackup.clear();
      break;
  }
  return false;
}

type EventCms = Pick<CMS, 'registerEventListener'>;
type Handler = Parameters<EventCms['registerEventListener']>[0]['handler'];

/** Installs the check; call once, before CMS.init. */
export function refuseConflictingSaves(cms: EventCms): void {
  keepBaseWithBackup();
  store.dispatch({ type: WAIT_UNTIL_ACTION, predicate: noteLoads, run: () => undefined });
  cms.registerEventListener({ name: 'preSave', handler: refuseIfChanged as unknown as Handler });
  cms.registerEventListener({ name: 'postSave', handler: rememberSaved as unknown as Handler });
}

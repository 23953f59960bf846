/**
 * The few internals of decap-cms-core (installed with decap-cms-app) that admin/draft-backup.ts
 * and admin/save-conflict.ts use. Its ESM build ships without types; these are the same module
 * instances the CMS runs.
 */
declare module 'decap-cms-core/dist/esm/backend.js' {
  interface LoadedEntry {
    collection: string;
    slug: string;
    data?: unknown;
    i18n?: unknown;
  }
  export class Backend {
    getEntry(state: unknown, collection: unknown, slug: string): Promise<LoadedEntry>;
    unpublishedEntry(state: unknown, collection: unknown, slug: string): Promise<LoadedEntry>;
    /** Writes Decap's local backup of the open entry (an Immutable entry and collection). */
    persistLocalDraftBackup(entry: unknown, collection: unknown): Promise<void>;
    deleteLocalDraftBackup(collection: unknown, slug?: string): Promise<unknown>;
  }
  export function currentBackend(config: unknown): Backend;
}

declare module 'decap-cms-core/dist/esm/redux/index.js' {
  export const store: {
    getState(): {
      entryDraft: { get(key: string): unknown };
      config: unknown;
      collections: { get(name: string): unknown };
    };
    dispatch(action: unknown): unknown;
  };
}

declare module 'decap-cms-core/dist/esm/reducers/config.js' {
  export function selectUseWorkflow(config: unknown): boolean;
}

declare module 'decap-cms-core/dist/esm/redux/middleware/waitUntilAction.js' {
  export const WAIT_UNTIL_ACTION: string;
}

declare module 'decap-cms-core/dist/esm/actions/entries.js' {
  export const DRAFT_CHANGE_FIELD: string;
  export const DRAFT_CREATE_EMPTY: string;
  export const DRAFT_CREATE_FROM_ENTRY: string;
  export const DRAFT_CREATE_FROM_LOCAL_BACKUP: string;
  export const DRAFT_DISCARD: string;
  export function localBackupRetrieved(entry: Record<string, unknown>): unknown;
  export function loadLocalBackup(): unknown;
}

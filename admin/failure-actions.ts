/**
 * When a save fails (refused by the local backend in a dirty tree, a conflicting save, a network
 * error), Decap shows its notification ("Không thể giữ lại mục: …") and then rejects the promise of
 * the Save button with its own failure action, which nothing catches. The browser reported that as
 * an uncaught error ("Uncaught (in promise) Object") on top of the message the editor already saw.
 * Such a rejection is Decap's bookkeeping, not a second error: it is marked handled here. Every
 * other unhandled rejection is still reported.
 */
export function isDecapFailureAction(reason: unknown): boolean {
  if (typeof reason !== 'object' || reason === null) return false;
  const type = (reason as { type?: unknown }).type;
  return typeof type === 'string' && /^[A-Z_]+_FAILURE$/.test(type);
}

export function quietDecapFailureActions(win: Pick<Window, 'addEventListener'>): void {
  win.addEventListener('unhandledrejection', (event) => {
    if (isDecapFailureAction(event.reason)) event.preventDefault();
  });
}

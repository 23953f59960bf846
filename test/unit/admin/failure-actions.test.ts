import { describe, expect, it } from 'vitest';
import { isDecapFailureAction, quietDecapFailureActions } from '../../../admin/failure-actions.ts';

describe("Decap's failure actions", () => {
  it("recognises Decap's failure actions and nothing else", () => {
    expect(isDecapFailureAction({ type: 'ENTRY_PERSIST_FAILURE', payload: { error: new Error('x') } })).toBe(true);
    expect(isDecapFailureAction({ type: 'UNPUBLISHED_ENTRY_PUBLISH_FAILURE' })).toBe(true);
    for (const other of [new Error('ENTRY_PERSIST_FAILURE'), 'ENTRY_PERSIST_FAILURE', null, undefined, { type: 'ENTRY_PERSIST_SUCCESS' }, { type: 42 }]) {
      expect(isDecapFailureAction(other), String(other)).toBe(false);
    }
  });

  it('marks only those rejections handled', () => {
    const listeners: ((event: { reason: unknown; preventDefault: () => void }) => void)[] = [];
    quietDecapFailureActions({ addEventListener: (_type: string, listener: never) => listeners.push(listener) });
    const fire = (reason: unknown) => {
      let prevented = false;
      for (const listener of listeners) listener({ reason, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(fire({ type: 'ENTRY_PERSIST_FAILURE' })).toBe(true);
    expect(fire(new TypeError('a real bug'))).toBe(false);
  });
});

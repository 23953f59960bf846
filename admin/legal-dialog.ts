/**
 * The form for the inline LegalRef component. Decap gives inline components no form of their own
 * (only onInsert/onEdit callbacks), so this is a small native <dialog>: pick a document of the
 * legal library, optionally an article number. Resolves to undefined when cancelled.
 */
import type { Values } from './editor-components.ts';

export function askLegalRef(
  doc: Document,
  legal: Record<string, { title: string }>,
  strings: Record<string, string>,
  current: Values = {},
): Promise<Values | undefined> {
  return new Promise((resolve) => {
    const dialog = doc.createElement('dialog');
    dialog.setAttribute('aria-labelledby', 'legalref-heading');
    dialog.style.cssText = 'padding:1.5rem;border-radius:8px;border:1px solid #ccc;max-width:36rem;font:16px system-ui,sans-serif';
    const form = doc.createElement('form');
    form.method = 'dialog';
    const heading = doc.createElement('h2');
    heading.id = 'legalref-heading';
    heading.textContent = strings['admin.legalRef.heading'] ?? '';
    const select = doc.createElement('select');
    select.id = 'legalref-number';
    select.required = true;
    for (const [number, { title }] of Object.entries(legal)) {
      const option = doc.createElement('option');
      option.value = number;
      option.textContent = `${number}: ${title}`;
      option.selected = number === current.number;
      select.append(option);
    }
    const article = doc.createElement('input');
    article.id = 'legalref-article';
    article.inputMode = 'numeric';
    article.pattern = '\\d+[a-z]?';
    article.value = current.article ?? '';
    const label = (control: HTMLElement, key: string) => {
      const element = doc.createElement('label');
      element.htmlFor = control.id;
      element.textContent = strings[key] ?? '';
      element.style.cssText = 'display:block;margin-top:1rem;font-weight:600';
      return element;
    };
    const ok = doc.createElement('button');
    ok.value = 'ok';
    ok.textContent = strings['admin.legalRef.insert'] ?? '';
    const cancel = doc.createElement('button');
    cancel.value = 'cancel';
    cancel.formNoValidate = true;
    cancel.textContent = strings['admin.legalRef.cancel'] ?? '';
    const buttons = doc.createElement('p');
    buttons.style.cssText = 'display:flex;gap:1rem;margin-top:1.5rem';
    buttons.append(ok, cancel);
    select.style.cssText = article.style.cssText = 'display:block;width:100%;padding:.4rem;font:inherit';
    form.append(heading, label(select, 'admin.legalRef.number'), select, label(article, 'admin.legalRef.article'), article, buttons);
    dialog.append(form);
    dialog.addEventListener('close', () => {
      const value = dialog.returnValue === 'ok' ? { number: select.value, article: article.value.trim() || undefined } : undefined;
      dialog.remove();
      resolve(value);
    });
    doc.body.append(dialog);
    dialog.showModal();
  });
}

/**
 * The filter of the support-services directory (src/pages/[...lang]/ho-tro/dich-vu/): without
 * JavaScript the form stays hidden and the grouped lists show every service. With it, the form
 * appears; a commune, a kind and "open now" (Vietnam time, by the reader's clock, when they
 * change a control) hide the services that do not match, and the groups and jump links left
 * empty. The count is announced in a polite live region; focus never moves; nothing is written to
 * the address, to storage or anywhere else.
 */
import type { OpeningHours } from '../schemas/week.ts';
import { isOpenAt } from '../site/opening-hours.ts';

const form = document.querySelector<HTMLFormElement>('[data-service-filter]');

if (form) {
  const commune = form.querySelector<HTMLSelectElement>('select[name="xa"]')!;
  const kind = form.querySelector<HTMLSelectElement>('select[name="loai"]')!;
  const openNow = form.querySelector<HTMLInputElement>('input[name="mo-cua"]')!;
  const count = form.querySelector<HTMLElement>('[data-service-count]')!;
  const services = [...document.querySelectorAll<HTMLElement>('[data-service]')].map((element) => ({
    element,
    slug: element.dataset.service ?? '',
    group: element.dataset.group ?? '',
    kind: element.dataset.kind ?? '',
    hours: JSON.parse(element.dataset.hours ?? '{"always":false,"slots":[]}') as OpeningHours,
  }));

  const apply = () => {
    const now = new Date();
    const shown = new Set<string>();
    const groups = new Set<string>();
    const kinds = new Set<string>();
    for (const service of services) {
      const match =
        (!commune.value || service.group === commune.value) &&
        (!kind.value || service.kind === kind.value) &&
        (!openNow.checked || isOpenAt(service.hours, now));
      service.element.hidden = !match;
      if (match) {
        shown.add(service.slug);
        groups.add(service.group);
        kinds.add(service.kind);
      }
    }
    document
      .querySelectorAll<HTMLElement>('[data-service-group]')
      .forEach((element) => (element.hidden = !groups.has(element.dataset.serviceGroup ?? '')));
    document
      .querySelectorAll<HTMLElement>('[data-group-link]')
      .forEach((element) => (element.hidden = !groups.has(element.dataset.groupLink ?? '')));
    document
      .querySelectorAll<HTMLElement>('[data-kind-group]')
      .forEach((element) => (element.hidden = !kinds.has(element.dataset.kindGroup ?? '')));
    document
      .querySelectorAll<HTMLElement>('[data-service-link]')
      .forEach((element) => (element.hidden = !shown.has(element.dataset.serviceLink ?? '')));
    const all = shown.size === services.length;
    const template = shown.size === 0 ? count.dataset.none : all ? count.dataset.all : count.dataset.count;
    count.textContent = (template ?? '').replace('{count}', String(shown.size));
  };

  form.addEventListener('change', apply);
  // Enter in a control would submit the form: the filter works in place, and the address stays as it is.
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
}

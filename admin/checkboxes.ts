/**
 * The CMS widget "checkboxes" (CHECKBOXES_WIDGET in admin/config.ts): a list of ids from a fixed,
 * labelled list, shown as a fieldset with one labelled checkbox per choice. Decap's own `select`
 * with `multiple` is a drop-down that hides the choices until an editor opens it. Native
 * checkboxes are reached with Tab and ticked with Space; the file gets the ids in the list's order.
 * admin/main.ts registers it; the value handling below is pure and unit-tested
 * (test/unit/admin/checkboxes.test.ts).
 */
import { createElement as h, type ReactElement } from 'react';

export interface CheckboxOption {
  value: string;
  label: string;
}

/** What Decap hands a widget for a list: an Immutable List once loaded, a plain array after our onChange, or nothing. */
type ListValue = unknown;

/** The ids a field's value holds, whatever form Decap keeps it in. */
export function selectedIds(value: ListValue): string[] {
  if (value === null || value === undefined || value === '') return [];
  const plain = typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS: () => unknown }).toJS() : value;
  if (Array.isArray(plain)) return plain.filter((id): id is string => typeof id === 'string');
  return typeof plain === 'string' ? [plain] : [];
}

/**
 * The ids after ticking (`checked`) or unticking `id`, in the order of `options`, each once. An id
 * the list no longer has (a file written by hand) is kept at the end, for the build to name.
 */
export function toggleId(selected: readonly string[], id: string, checked: boolean, options: readonly CheckboxOption[]): string[] {
  const next = new Set(selected.filter((s) => s !== id));
  if (checked) next.add(id);
  const known = options.map((o) => o.value);
  return [...known.filter((value) => next.has(value)), ...[...next].filter((value) => !known.includes(value))];
}

/** The part of Decap's field (an Immutable Map) the widget reads. */
interface FieldMap {
  get(key: string): unknown;
}

/** The options of the field as plain objects (Decap keeps them as an Immutable List of Maps). */
export function fieldOptions(field: FieldMap): CheckboxOption[] {
  const raw = field.get('options');
  const list = raw && typeof (raw as { toJS?: unknown }).toJS === 'function' ? (raw as { toJS: () => unknown }).toJS() : raw;
  if (!Array.isArray(list)) return [];
  return list.map((o: unknown) =>
    typeof o === 'string'
      ? { value: o, label: o }
      : { value: String((o as CheckboxOption).value), label: String((o as CheckboxOption).label) },
  );
}

/** The field's label, for the legend (Decap shows it above the widget, too, as a `<label>` of forID). */
const fieldLabel = (field: FieldMap) => String(field.get('label') ?? field.get('name') ?? '');

/** Visually hidden, read by screen readers: Decap already shows the field's name above the box. */
const HIDDEN: Record<string, string> = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};

interface ControlProps {
  value: ListValue;
  field: FieldMap;
  forID: string;
  classNameWrapper: string;
  onChange: (value: string[]) => void;
  isDisabled?: boolean;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
}

/** The control: a fieldset with a legend and one labelled checkbox per choice. */
export function CheckboxesControl({
  value,
  field,
  forID,
  classNameWrapper,
  onChange,
  isDisabled,
  setActiveStyle,
  setInactiveStyle,
}: ControlProps): ReactElement {
  const options = fieldOptions(field);
  const selected = selectedIds(value);
  return h(
    'fieldset',
    {
      id: forID,
      className: classNameWrapper,
      disabled: isDisabled === true,
      onFocus: setActiveStyle,
      onBlur: setInactiveStyle,
      style: { display: 'grid', gap: '0.4rem' },
    },
    h('legend', { style: HIDDEN }, fieldLabel(field)),
    ...options.map((option) =>
      h(
        'label',
        { key: option.value, style: { display: 'flex', gap: '0.5rem', alignItems: 'center', cursor: 'pointer' } },
        h('input', {
          type: 'checkbox',
          name: `${forID}-${option.value}`,
          value: option.value,
          checked: selected.includes(option.value),
          onChange: (event: { target: { checked: boolean } }) => onChange(toggleId(selected, option.value, event.target.checked, options)),
          style: { width: '1.1rem', height: '1.1rem', margin: 0 },
        }),
        option.label,
      ),
    ),
  );
}

/** The preview: the chosen names, in the list's order. */
export function CheckboxesPreview({ value, field }: { value: ListValue; field: FieldMap }): ReactElement {
  const options = fieldOptions(field);
  const selected = selectedIds(value);
  return h(
    'p',
    null,
    options
      .filter((o) => selected.includes(o.value))
      .map((o) => o.label)
      .join(', '),
  );
}

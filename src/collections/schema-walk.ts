/**
 * Reads zod schemas as data: unwraps optional/default/preprocess layers and collects the
 * `meta()` that fields carry. Used for editor-facing error messages and the CMS configuration.
 */
import { z } from 'astro/zod';

type AnySchema = z.ZodType;

export interface FieldInfo {
  /** The innermost schema, e.g. ZodString. */
  schema: AnySchema;
  /** Zod's type name of the innermost schema: string, number, boolean, date, enum, object, array… */
  type: string;
  optional: boolean;
  default?: unknown;
  meta: Record<string, unknown>;
}

interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  defaultValue?: unknown;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
}

const defOf = (schema: AnySchema) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Peels wrappers off a field, collecting optionality, default and metadata on the way. */
export function describeField(schema: AnySchema): FieldInfo {
  let current = schema;
  let optional = false;
  let defaultValue: unknown = undefined;
  const meta: Record<string, unknown> = {};
  for (let guard = 0; guard < 20; guard++) {
    Object.assign(meta, Object.fromEntries(Object.entries(z.globalRegistry.get(current) ?? {}).filter(([key]) => !(key in meta))));
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') {
      optional = true;
      current = def.innerType!;
    } else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      // z.preprocess(fn, schema) is pipe(transform, schema): the real field is the output side.
      current = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
    } else {
      break;
    }
  }
  return { schema: current, type: defOf(current).type, optional, default: defaultValue, meta };
}

/** The fields of an object schema, in order (refinements on the object are looked through). */
export function objectFields(schema: AnySchema): [string, AnySchema][] {
  const info = describeField(schema);
  const shape = defOf(info.schema).shape;
  if (!shape) throw new TypeError(`Not an object schema: ${info.type}`);
  return Object.entries(shape);
}

/** The element schema of an array field. */
export function arrayElement(schema: AnySchema): AnySchema | undefined {
  const info = describeField(schema);
  return info.type === 'array' ? defOf(info.schema).element : undefined;
}

/** Follows a path of keys (numbers step into arrays) and returns the Vietnamese titles met on the way. */
export function fieldTitles(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const titles: string[] = [];
  let current: AnySchema | undefined = schema;
  for (const key of path) {
    if (!current) break;
    if (typeof key === 'number') {
      current = arrayElement(current);
      continue;
    }
    const fields = new Map(describeField(current).type === 'object' ? objectFields(current) : []);
    current = fields.get(String(key));
    if (current) {
      const title = describeField(current).meta.title;
      if (typeof title === 'string') titles.push(title);
    }
  }
  return titles;
}

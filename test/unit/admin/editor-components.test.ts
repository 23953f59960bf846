import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorComponents, parseComponent, propsOf, writeComponent } from '../../../admin/editor-components.ts';
import { SAMPLE_VALUES } from '../../helpers/cms-samples.ts';
import { AUTHOR_COMPONENT_LIST, AUTHOR_COMPONENTS, authorProps } from '../../../src/components/author/index.ts';

const byId = (id: string) => editorComponents.find((c) => c.id === id)!;

describe('editor components', () => {
  it('exist for every author component, with the schema attributes as form fields', () => {
    expect(editorComponents.map((c) => c.id).sort()).toEqual([...AUTHOR_COMPONENTS].sort());
    expect(byId('Callout').fields.map((f) => f.name)).toEqual(['type', 'title', 'body']);
    expect(byId('Callout').fields[0]).toMatchObject({ widget: 'select', default: 'info' });
    expect(byId('Hotline').fields[0]).toMatchObject({ widget: 'relation', collection: 'hotlines', required: true });
    expect(byId('LegalRef').fields[0]).toMatchObject({ widget: 'relation', collection: 'legal', value_field: 'number' });
    expect(byId('LegalRef').fields[1]).toMatchObject({ name: 'article', required: false });
    expect(byId('Figure').fields.find((f) => f.name === 'alt')).toMatchObject({ required: true });
  });

  for (const component of editorComponents) {
    it(`${component.id}: what the CMS writes parses back to the same values`, () => {
      const values = SAMPLE_VALUES[component.id]!;
      const written = writeComponent(component, values);
      expect(parseComponent(component, written)).toEqual(values);
      // And the site accepts the props it will receive.
      expect(() => authorProps(component.id, propsOf(component, values))).not.toThrow();
      // Written twice, it is the same text: no drift on each save.
      expect(writeComponent(component, parseComponent(component, written)!)).toBe(written);
    });
  }

  // Every example of every component (src/components/author/<name>/examples.ts) makes the same round trip.
  for (const definition of AUTHOR_COMPONENT_LIST) {
    for (const example of definition.examples) {
      it(`${definition.name}, ${example.name}: written as the example's MDX, read back to its values`, () => {
        const component = byId(definition.name);
        expect(writeComponent(component, example.values)).toBe(example.mdx);
        expect(parseComponent(component, example.mdx)).toEqual(example.values);
        expect(writeComponent(component, parseComponent(component, example.mdx)!)).toBe(example.mdx);
        expect(() => authorProps(definition.name, propsOf(component, example.values))).not.toThrow();
      });
    }
  }

  it('writes the README syntax', () => {
    expect(writeComponent(byId('Hotline'), { id: '111' })).toBe('<Hotline id="111" />');
    expect(writeComponent(byId('LegalRef'), { number: '13/2022/QH15', article: '3' })).toBe(
      '<LegalRef number="13/2022/QH15" article="3" />',
    );
    expect(writeComponent(byId('LegalRef'), { number: '28/NQ-CP', article: '' })).toBe('<LegalRef number="28/NQ-CP" />');
    expect(writeComponent(byId('Steps'), { steps: 'Một\nHai' })).toBe('<Steps>\n\n1. Một\n2. Hai\n\n</Steps>');
  });

  it('finds a LegalRef inside a sentence', () => {
    const match = parseComponent(byId('LegalRef'), 'Theo <LegalRef number="73/2006/QH11" article="5" />, bình đẳng giới là…');
    expect(match).toEqual({ number: '73/2006/QH11', article: '5' });
  });

  it('does not take one component for another', () => {
    expect(parseComponent(byId('Hotline'), '<Download file="a.pdf" title="A" />')).toBeUndefined();
    expect(parseComponent(byId('Callout'), 'Một đoạn văn thường.')).toBeUndefined();
  });

  it('reads every component block already written in the sample content', () => {
    const dir = 'content/materials/vi';
    let found = 0;
    for (const file of readdirSync(dir)) {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      for (const component of editorComponents.filter((c) => c.type !== 'inline')) {
        for (const start of text.matchAll(new RegExp(`^<${component.id}[\\s>/]`, 'gm'))) {
          const values = parseComponent(component, text.slice(start.index));
          expect(values, `${file}: <${component.id}> at ${start.index}`).toBeDefined();
          found++;
        }
      }
    }
    expect(found).toBeGreaterThan(10);
  });
});

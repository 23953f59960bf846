/** <Steps>: numbered steps around a markdown list. Its CMS editor component and preview. */
import { defineAuthorComponent, inlineMarkdown, trimLines } from '../define.ts';
import { examples } from './examples.ts';
import { stepsProps } from './schema.ts';

/** The steps of the form, one a line, without numbers. */
const stepLines = (text: string | undefined) =>
  trimLines(text)
    .split('\n')
    .map((line) => line.replace(/^\d+\.\s*/, '').trim())
    .filter(Boolean);

export const steps = defineAuthorComponent({
  name: 'Steps',
  label: 'Các bước',
  menuOrder: 60,
  props: stepsProps,
  contentFields: [
    { name: 'steps', label: 'Các bước', widget: 'text', required: true, hint: 'Mỗi dòng một bước, theo thứ tự. Không cần gõ số thứ tự.' },
  ],
  syntax: () => ({
    pattern: /^<Steps>\s*\n((?:\d+\.[^\n]*\n?)+)\s*<\/Steps>/,
    fromBlock: (match) => ({ steps: stepLines(match[1]).join('\n') }),
    toBlock: (data) =>
      `<Steps>\n\n${stepLines(data.steps)
        .map((step, index) => `${index + 1}. ${step}`)
        .join('\n')}\n\n</Steps>`,
  }),
  preview: (data) => {
    const lines = (data.steps ?? '').split('\n').filter((s) => s.trim() !== '');
    return `<div class="steps"><ol>${lines.map((s) => `<li>${inlineMarkdown(s.replace(/^\d+\.\s*/, ''))}</li>`).join('')}</ol></div>`;
  },
  readme: '`<Steps>` around a numbered markdown list',
  examples,
});

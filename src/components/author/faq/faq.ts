/** <FAQ>: one question and its answer (Q&A materials also get FAQPage JSON-LD from it). Its CMS editor component and preview. */
import { defineAuthorComponent, escapeHtml, paragraphs, wrappingSyntax } from '../define.ts';
import { examples } from './examples.ts';
import { faqProps } from './schema.ts';

export const faq = defineAuthorComponent({
  name: 'FAQ',
  label: 'Câu hỏi – trả lời',
  menuOrder: 70,
  props: faqProps,
  contentFields: [{ name: 'answer', label: 'Câu trả lời', widget: 'text', required: true, hint: 'Câu trả lời ngắn gọn, dễ hiểu.' }],
  syntax: (attributes) => wrappingSyntax('FAQ', attributes, 'answer'),
  preview: (data) =>
    `<section class="faq"><h2 class="faq__question">${escapeHtml(data.question)}</h2><div class="faq__answer">${paragraphs(data.answer)}</div></section>`,
  readme: '`<FAQ question="Câu hỏi?">answer</FAQ>`, one pair per element',
  examples,
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scoreQuiz, scoreText } from '../../../src/site/quiz-score.ts';
import { quizSchema } from '../../../src/schemas/quiz.ts';

describe('scoreQuiz', () => {
  it('counts right answers and marks each question', () => {
    expect(scoreQuiz([1, 0, undefined, 2], [1, 2, 0, 2])).toEqual({ correct: 2, total: 4, results: ['right', 'wrong', 'unanswered', 'right'] });
  });
  it('scores an untouched quiz as zero', () => {
    expect(scoreQuiz([], [0, 1])).toEqual({ correct: 0, total: 2, results: ['unanswered', 'unanswered'] });
  });
  it('fills the UI string', () => {
    expect(scoreText('Bạn trả lời đúng {correct} trên {total} câu.', { correct: 3, total: 12 })).toBe('Bạn trả lời đúng 3 trên 12 câu.');
  });
});

describe('quizSchema', () => {
  const sample = parse(readFileSync('content/quizzes/vi/tim-hieu-luat-binh-dang-gioi-va-phong-chong-bao-luc-gia-dinh.yaml', 'utf8'));
  it('accepts the sample quiz of at least 10 questions on both laws', () => {
    const quiz = quizSchema.parse(sample);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(10);
    expect(new Set(quiz.questions.map((q) => q.cite.number))).toEqual(new Set(['73/2006/QH11', '13/2022/QH15']));
  });
  it('rejects a right answer beyond the options, in Vietnamese', () => {
    const bad = { ...sample, questions: [{ ...sample.questions[0], correct: 9 }] };
    const result = quizSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['questions', 0, 'correct']);
    expect(result.error!.issues[0]!.message).toContain('phương án');
  });
  it('rejects "Điều 5" written in the article field', () => {
    const bad = { ...sample, questions: [{ ...sample.questions[0], cite: { number: '73/2006/QH11', article: 'Điều 5' } }] };
    expect(quizSchema.safeParse(bad).error!.issues[0]!.message).toContain('chữ số');
  });
});

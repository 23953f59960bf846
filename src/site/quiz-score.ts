/** Scoring of a self-check quiz; pure, shared by the page script and the tests. */

export type QuestionResult = 'right' | 'wrong' | 'unanswered';

export interface QuizScore {
  correct: number;
  total: number;
  results: QuestionResult[];
}

/** `answers[i]` is the chosen option index (0-based) or undefined; `keys[i]` the right one. */
export function scoreQuiz(answers: readonly (number | undefined)[], keys: readonly number[]): QuizScore {
  const results = keys.map((key, i): QuestionResult => (answers[i] === undefined ? 'unanswered' : answers[i] === key ? 'right' : 'wrong'));
  return { correct: results.filter((r) => r === 'right').length, total: keys.length, results };
}

/** Fills `{correct}` and `{total}` in a UI string. */
export function scoreText(template: string, score: Pick<QuizScore, 'correct' | 'total'>): string {
  return template.replace('{correct}', String(score.correct)).replace('{total}', String(score.total));
}

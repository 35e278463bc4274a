// How the reviewer hears of a story file's problems (a source that is missing, a link out of the story's
// bounds): each in the log, and one message per story however many there are (they are all in Problems).
import type * as vscode from 'vscode';
import { formatStoryProblem, type StoryProblem } from '../core/story/storySources';
import { msg, type Messages } from './messages';

export function showStoryProblems(log: vscode.LogOutputChannel, messages: Messages, problems: readonly StoryProblem[]): void {
  for (const problem of problems) log.warn(formatStoryProblem(problem));
  const [first, ...more] = problems;
  if (!first) return;
  void messages.warn(
    more.length
      ? msg`Crosscheck: ${problems.length} problems with the story's sources (all in Problems); the first: ${formatStoryProblem(first)}`
      : msg`Crosscheck: ${formatStoryProblem(first)}`,
  );
}

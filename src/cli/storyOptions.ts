import type { Command } from 'commander';

/** What the story options give a command. */
export interface StoryOptionValues {
  /** false for --no-story */
  story?: boolean;
  allowPath?: string[];
}

/**
 * `--no-story` and `--allow-path PATH` (repeatable): whether the other articles of each file's story are read,
 * and which paths outside the repository (or current folder) a story file may name as sources.
 */
export function addStoryOptions(command: Command, noStory: string): Command {
  return command
    .option('--no-story', noStory)
    .option('--allow-path <path>', 'a folder or file outside the repository that a story may read as a source (repeatable)', (v: string, all: string[]) => [...all, v], [] as string[]);
}

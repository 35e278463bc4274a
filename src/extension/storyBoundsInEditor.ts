// Where a story opened in the editor may read its sources (issue 17's confinement, as the editor applies it):
// the workspace folder, the user's allowed paths, and in Restricted Mode only the article's own folder.
import * as vscode from 'vscode';
import type { StoryBounds } from '../core/story/storyBounds';
import { folderOf } from './articleFiles';
import type { Config } from './config';

/**
 * Where the story of `article` may read: its workspace folder (its own folder when it is in none), plus the
 * paths the user allowed; in Restricted Mode only its own folder.
 */
export function storyBoundsInEditor(config: Config, article: string): StoryBounds {
  const root = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(article))?.uri.fsPath ?? folderOf(article);
  const trusted = vscode.workspace.isTrusted;
  return {
    roots: [root],
    allowed: trusted ? config.allowedStoryPaths : [],
    describe: `the workspace folder ${root}`,
    allowHint: 'a user setting, crosscheck.story.allowedPaths, can allow it',
    ownFolderOnly: !trusted,
    ownFolderOnlyReason: 'Restricted Mode reads only the article\'s own folder; trust the workspace to read the sources it lists',
  };
}

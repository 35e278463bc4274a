// Where a story may read its sources from. Newsrooms open folders written by others (wire copy, a colleague's
// branch, a downloaded archive), and `crosscheck-story.yaml` or a symbolic link could otherwise make the
// extension or the CLI read and show any file of the machine. Each face sets the bounds: the extension the
// workspace folder (only the article's own folder in Restricted Mode), the CLI the repository root.

export interface StoryBounds {
  /** folders whose files may be read */
  roots: string[];
  /** files or folders outside the roots that the user allowed (a user setting, `--allow-path`) */
  allowed?: string[];
  /** the roots in words, for problems: "the workspace folder /news" */
  describe: string;
  /** how a user lets a path in, for problems: "add it to the crosscheck.story.allowedPaths setting" */
  allowHint: string;
  /** the story file's `sources:` are not followed (Restricted Mode), with the reason shown */
  ownFolderOnly?: boolean;
  ownFolderOnlyReason?: string;
}

/** Whether `path` is `folder` or lies under it; both absolute, either separator. */
export function isInside(path: string, folder: string): boolean {
  const p = path.replace(/\\/g, '/');
  const f = folder.replace(/\\/g, '/').replace(/\/+$/, '');
  return p === f || p.startsWith(f + '/') || f === '';
}

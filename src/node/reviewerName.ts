// Who is recording a verdict, when the user did not say (`--by`, setting `crosscheck.reviewerName`): the
// git user of the article's repository — the name its commits carry — else the OS account name.

import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';

export function defaultReviewerName(cwd: string): string {
  try {
    const name = execFileSync('git', ['config', 'user.name'], { cwd, encoding: 'utf8', timeout: 3000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (name) return name;
  } catch {
    /* no git, not a repository, or no user.name */
  }
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

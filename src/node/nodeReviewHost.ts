// The reviewed-story model's host on Node (core/review/reviewHost.ts): the disk, the system clock and, for
// the CLI, the reviewer's name from git or the OS when `--by` is not given. The editor passes the name it
// asked for, so its host names no one.
import { dirname } from 'node:path';
import type { ReviewHost } from '../core/review/reviewHost';
import { nodeFileSystem } from './nodeFileSystem';
import { defaultReviewerName } from './reviewerName';

export const nodeReviewHost: ReviewHost = { files: nodeFileSystem, now: () => new Date() };

/** The command line's host: who records is the git user of the article's repository, else the OS user. */
export const cliReviewHost: ReviewHost = { ...nodeReviewHost, reviewer: (articlePath) => defaultReviewerName(dirname(articlePath)) };

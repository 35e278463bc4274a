// The CLI's exit codes, documented in the README ("Exit codes"). Scripts and CI depend on them.
export const ExitCode = {
  /** everything read and analysed */
  Ok: 0,
  /** `crosscheck check`: a claim needs a verdict under the policy */
  CheckFailed: 1,
  /** bad command line (unknown option, missing argument) */
  Usage: 2,
  /** some input could not be read (missing, directory, binary, not UTF-8, empty, too large); the rest was analysed */
  InputError: 3,
  /** a sidecar could not be read or written (parse error, conflict markers, changed on disk) */
  SidecarError: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

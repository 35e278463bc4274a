import { Command, CommanderError } from 'commander';
import { registerAnalyze } from './commands/analyze';
import { registerCheckworthy } from './commands/checkworthy';
import { registerVerdict } from './commands/verdict';
import { registerVerdicts } from './commands/verdicts';
import { registerCheck } from './commands/check';
import { registerExport } from './commands/export';
import { registerDismiss } from './commands/dismiss';
import { registerReport } from './commands/report';
import { ExitCode } from './exitCodes';
import { guardTerminalOutput } from './output/terminalGuard';

// The version printed by --version; kept in step with package.json by the release checklist (CHANGELOG.md).
const VERSION = '0.1.0';

export async function main(argv: string[]): Promise<number> {
  guardTerminalOutput();
  const program = new Command();
  program
    .name('crosscheck')
    .description('Check-worthy claims, their facts, and what the other sources of the story say. Fully offline.')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();
  registerAnalyze(program);
  registerCheckworthy(program);
  registerVerdict(program);
  registerVerdicts(program);
  registerCheck(program);
  registerExport(program);
  registerDismiss(program);
  registerReport(program);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return e.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    }
    process.stderr.write(`crosscheck: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    return 70;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.Ok;
}

if (require.main === module) {
  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}

// What the release scripts share: reading `--name value` options, and running only when invoked (not imported).
import { pathToFileURL } from 'node:url';

/** The value after `--name`, or the fallback. */
export function option(args, name, fallback) {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
}

/** Runs main(args) when this module is the script node was given; a thrown error is its message and exit code 1. */
export function runWhenMain(moduleUrl, main) {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}

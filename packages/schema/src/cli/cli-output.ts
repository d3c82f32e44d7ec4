// Shared by the package's command-line tools.

/** Writes `text` to standard output and returns the exit code to use. */
export function print(text: string, code: number): number {
  process.stdout.write(text);
  return code;
}

/** A closed pipe (`parlwire-validate ... | head`) is not an error: stop quietly. */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

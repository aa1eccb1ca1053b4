/** A host the web build calls for I/O. */
export interface PetrelHost {
  /** Returns the file's bytes; throws an Error whose `errno` is a negative libuv code. */
  readFile(path: string): Uint8Array;
  /** Writes bytes to stdout (1) or stderr (2). */
  write(fd: 1 | 2, bytes: Uint8Array): void;
  /** Optional: the working directory relative paths resolve against (main scripts, modules). */
  cwd?(): string;
}

/** The package version, which `petrel --version` prints with a leading "v". */
export const version: string;

/** A host backed by node's file system and this process's standard streams. */
export function createNodeHost(): PetrelHost;

/** Runs the `petrel` command line on the web build; resolves to the exit code. */
export function runCommand(args: string[], options?: { host?: PetrelHost }): Promise<number>;

/** Runs the `petrel` command line on the WASI build under node:wasi; resolves to the exit code. */
export function runWasi(args: string[]): Promise<number>;

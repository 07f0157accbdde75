// Fixed words and names of the vault that the CLI prints in its help and prompts. Kept apart from the vault's
// code so that \`icpc --help\` and \`icpc due\` load none of it (cli.help_ms; docs/architecture.md §2).

/** The words the person types to open an older file (CLI prompt and app dialog alike). */
export const ACCEPT_OLDER_PHRASE = 'open the older file';

/** The words the person types to remove a lock file left by a process that is no longer running. */
export const FORCE_UNLOCK_PHRASE = 'remove the lock';

/** The lock file's name in the data folder. */
export const LOCK_FILE = 'vault.lock';

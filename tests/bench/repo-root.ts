import { fileURLToPath } from 'node:url';

/**
 * The repository root. Importing this module first also makes it the working directory:
 * app modules resolve locales/ and app/db/migrations from cwd while they are evaluated,
 * and ESM evaluates imports in order, so this runs before them.
 */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
process.chdir(ROOT);

// Plain JavaScript on purpose: this runs first in every npm script, on whatever Node the machine
// has, so it must parse on Node 20 (which cannot run the project's .ts files). `npm ci` installs
// Node 24 from the registry (the `node` devDependency), and npm puts node_modules/.bin first on
// every script's PATH, so scripts normally run on that Node and this check passes silently.

/** Oldest Node the project runs on: 24 (the version it is built and tested with). */
export const REQUIRED_NODE_MAJOR = 24;

/** Null when `version` (as in process.versions.node) can run Meridian, else a one-line fix. */
export function nodeProblem(version) {
  const major = Number(String(version).replace(/^v/, '').split('.')[0]);
  if (Number.isInteger(major) && major >= REQUIRED_NODE_MAJOR) return null;
  return `Meridian runs on Node ${REQUIRED_NODE_MAJOR}, but this script got Node ${version}: run \`npm ci\` (without --ignore-scripts or --omit=dev), which installs Node ${REQUIRED_NODE_MAJOR} into node_modules/.bin, then run the npm script again.`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problem = nodeProblem(process.versions.node);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}

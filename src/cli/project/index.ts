/**
 * The project commands, one file each, loaded by main.ts on demand (they need the session API and
 * the bundled library, which `arbor instantiate` does not). Each is exported under its command's
 * name, so main.ts can call `commands[command]`.
 */

export { archive } from './archive';
export { check } from './check';
export { evaluate as eval } from './eval';
export { graph } from './graph';
export { scaffold as new } from './new';
export { secrets } from './secrets';

// The annotation worker's entry when wiretrace runs from source (tsx: tests, `npm run`): a worker thread
// does not inherit `node --import tsx`, so it registers tsx's loader itself before loading the .ts worker.
// Built code (dist/) starts annotate-worker.js directly and never loads this file or tsx.
import { register } from 'tsx/esm/api';

register();
await import('./annotate-worker.ts');

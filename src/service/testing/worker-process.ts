/**
 * A worker in a process of its own, for the crash tests: `node --import tsx worker-process.ts <store
 * location> <concurrency>`. Prints "ready" once it takes jobs; the test kills it with SIGKILL.
 */
import { openStore } from '../../store/index.js';
import { JobQueue, startWorker } from '../jobs.js';

const [location, concurrency] = process.argv.slice(2);
if (!location) throw new Error('usage: worker-process.ts <store location> [concurrency]');
const store = await openStore(location);
const queue = await JobQueue.open(location);
const worker = await startWorker(store, queue, Number(concurrency ?? 2), 200);
console.log('ready');
process.on('SIGTERM', () => void worker.stop().then(() => process.exit(0)));
await worker.done;

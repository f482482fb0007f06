/** Every CLI command module. Each exports `register(program, frontEnds)`; add one import and one entry per command. */
import type { Command } from 'commander';
import type { FrontEnds } from '../front-ends.js';
import { register as extract } from './extract.js';
import { register as events } from './events.js';
import { register as timeml } from './timeml.js';
import { register as ingest } from './ingest.js';
import { register as show } from './show.js';
import { register as search } from './search.js';
import { register as annotate } from './annotate.js';
import { register as serve } from './serve.js';
import { register as demo } from './demo.js';
import { register as feed } from './feed.js';
import { register as stories } from './stories.js';
import { register as jobs } from './jobs.js';
import { register as storeOps } from './store-ops.js';

export type RegisterCommand = (program: Command, frontEnds: FrontEnds) => void;

export const commands: RegisterCommand[] = [extract, events, timeml, ingest, show, search, annotate, serve, demo, feed, stories, jobs, storeOps];

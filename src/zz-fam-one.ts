import { annotateEvents } from './annotate/events/pipeline.js';
for (const t of process.argv.slice(2)) {
  const d = annotateEvents(t, { published: '2025-12-01' });
  console.log(t); for (const e of d.layers.events ?? []) console.log('  ', t.slice(e.trigger.start, e.trigger.end), e.type, e.family, e.phase, e.status, e.modality);
}

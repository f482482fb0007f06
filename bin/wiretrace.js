#!/usr/bin/env node
// The installed entry point: runs the compiled program (src/program.ts). `npm run build` makes dist/.
import('../dist/src/program.js').then((m) => m.main(process.argv)).catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});

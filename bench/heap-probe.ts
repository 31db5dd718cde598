/**
 * Loaded into the API process by bench:soak (node --expose-gc --import): asked over the IPC
 * channel, it collects all garbage and answers with the heap still in use, which tells a leak
 * (live data growing) from V8 merely keeping a larger heap (RSS growing alone).
 */
process.on('message', (message) => {
  if (message !== 'heap after gc') return;
  (globalThis as typeof globalThis & { gc: () => void }).gc();
  process.send!({ heapUsed: process.memoryUsage().heapUsed });
});

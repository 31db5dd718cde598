import { forcePositions, type ForceLayoutRequest } from './force-positions';

/** Runs the force layout off the page's main thread, so the page keeps answering and the layout can be stopped (terminated). */
const worker = self as unknown as Worker;
worker.addEventListener('message', (event: MessageEvent<ForceLayoutRequest>) => {
  forcePositions(event.data).then(
    (positions) => worker.postMessage({ positions }),
    (error: Error) => worker.postMessage({ error: error.message }),
  );
});

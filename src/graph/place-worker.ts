// Worker thread for graph/place: metrics and layout of a big graph, computed
// while the main thread builds the edges' attributes.
import { parentPort, workerData } from 'node:worker_threads';
import { place, type PlaceInput } from './place.js';

const p = place(workerData as PlaceInput);
parentPort!.postMessage(p, [p.degree, p.weightedDegree, p.pagerank, p.community, p.size, p.x, p.y].map((a) => a.buffer as ArrayBuffer));

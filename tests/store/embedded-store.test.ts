import { loadGraph } from '../../src/graph';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { FIXTURE_GRAPH } from '../graph/fixture-graph';
import { describeCuratedGraphContract, describeStoreContract } from './store-contract';

describeStoreContract('embedded', async () => new EmbeddedStore(loadGraph(FIXTURE_GRAPH)));
describeCuratedGraphContract('embedded', async (graph) => new EmbeddedStore(graph));

import { loadGraph } from '../src/graph';
import { EmbeddedStore } from '../src/store/embedded/embedded-store';
import { describeCookbook } from './cookbook';

describeCookbook('embedded', async () => new EmbeddedStore(loadGraph('graph')));

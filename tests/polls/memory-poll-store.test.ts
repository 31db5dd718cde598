import { MemoryPollStorage } from '../../src/polls/memory/memory-poll-storage';
import { pollStoreContract } from './poll-store-contract';

pollStoreContract('memory', async () => new MemoryPollStorage());

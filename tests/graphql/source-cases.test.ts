import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { curatedGraph, describeSourceCases } from './source-cases';

describeSourceCases('embedded', async () => new EmbeddedStore(curatedGraph()));

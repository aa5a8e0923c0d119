import { memoryStores } from '../support/memoryStores.js';
import { describeStoreContract } from './storeContract.js';

describeStoreContract('memory', async () => ({ stores: memoryStores() }));

import { MemoryEvidenceStore } from '../support/memory/evidence.js';
import { describeEvidenceStoreContract } from './evidenceStoreContract.js';

describeEvidenceStoreContract('memory', async () => new MemoryEvidenceStore());

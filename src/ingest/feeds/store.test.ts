/** The in-memory feed store keeps the same feed contract as the database stores. */
import { feedContract } from '../../store/contract/index.js';
import { MemoryFeedStore } from './store.js';

feedContract('memory feeds', async () => new MemoryFeedStore());

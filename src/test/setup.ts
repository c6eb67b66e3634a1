import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);
// A person waits for a lazy chunk or an IndexedDB answer; so do the tests. Testing Library's 1 s default
// failed a backup merge on this shared 2-core machine while a browser suite ran beside it.
configure({ asyncUtilTimeout: 5000 });

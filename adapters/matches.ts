/**
 * Where the overlay may start without a council adding the address. Data only: WXT imports
 * entrypoints in Node at build time. The demo and test hosts run on this machine;
 * a council's own addresses are added at run time from the options page.
 * Chrome match patterns ignore the port, so any local port matches.
 */
export const LOCAL_HOST_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/** `wxt zip --mode store`: the store build, with no local hosts at all. */
export const STORE_MODE = 'store';

/** Tests add this as "a council's address" (demo and test builds only). */
export const TEST_COUNCIL_HOST = 'http://127.0.0.2/*';

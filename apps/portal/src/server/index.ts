/** The Familienportal's server: `createPortalServer` for `npm start`, the image and the tests. */
export { createPortalHandler, createPortalServer, type PortalServerOptions } from './create-server';
export { MemoryRateLimit } from './rate-limit';

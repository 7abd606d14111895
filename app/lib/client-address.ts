import { createContext } from 'react-router';

/** The client's IP address as the HTTP server saw it (proxy headers only when TRUST_PROXY is set). */
export const clientAddressContext = createContext<string>('unknown');

import type { Plugin } from 'graphql-yoga';
import securityHeaders from '../../security-headers.json';

/**
 * The headers every response of the app carries (next.config.js sends the same set for the
 * pages, from the same file; src/proxy.ts adds the pages' policy). API answers are data, never
 * a document: their policy allows nothing to load and no site to frame them. GraphiQL's page
 * sets its own policy.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ response }) {
      for (const [name, value] of Object.entries(securityHeaders.common)) response.headers.set(name, value);
      if (!response.headers.has('content-security-policy')) response.headers.set('content-security-policy', API_CONTENT_SECURITY_POLICY);
    },
  };
}

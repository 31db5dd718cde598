import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './theme.css';
import './globals.css';

export const metadata: Metadata = {
  title: 'Spasm Atlas',
  description: 'What causes back muscle spasms, how, and what helps: a knowledge graph with the evidence for every link.',
};

/**
 * Every page, the not-found page included, renders per request: Next puts the request's nonce
 * (src/proxy.ts) on its scripts only while rendering, so a page prerendered at build time would
 * carry scripts the policy refuses.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

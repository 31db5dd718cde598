import { Explorer } from '../components/explorer/Explorer';

export const dynamic = 'force-dynamic';

/** The explorer; its view state comes from the URL, so a shared link opens the same view. */
export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return <Explorer initialSearch={params.toString()} />;
}

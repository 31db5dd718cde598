import { Explorer } from '../components/explorer/Explorer';
import { MAP_QUERY, mapVariables } from '../components/explorer/queries';
import { parseViewState } from '../components/explorer/view-state';
import { queryApi } from './query-api';

export const dynamic = 'force-dynamic';

/**
 * The explorer; its view state comes from the URL, so a shared link opens the same view. The
 * first view's map is read here, in-process, so the page arrives with it and the browser draws
 * without waiting for a round trip; if that read fails the explorer asks (and reports) itself.
 */
export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  const initialMap = await queryApi(MAP_QUERY, mapVariables(parseViewState(params.toString()))).catch(() => undefined);
  return <Explorer initialSearch={params.toString()} initialMap={initialMap} />;
}

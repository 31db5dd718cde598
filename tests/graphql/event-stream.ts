type Data = Record<string, any>;

/** Reads server-sent events from a response body one at a time, skipping keep-alive comments. */
export function eventsOf(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const next = async (): Promise<{ event: string; data: Data | null }> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const lines = buffer.slice(0, end).split('\n').filter((line) => !line.startsWith(':'));
        buffer = buffer.slice(end + 2);
        if (lines.length === 0) continue;
        const event = lines.find((line) => line.startsWith('event:'))?.slice('event:'.length).trim() ?? 'message';
        const data = lines.filter((line) => line.startsWith('data:')).map((line) => line.slice('data:'.length).trim()).join('\n');
        return { event, data: data ? (JSON.parse(data) as Data) : null };
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('the event stream ended before the next event');
      buffer += value;
    }
  };
  return { next, stop: () => reader.cancel() };
}

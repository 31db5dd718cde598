'use client';

import type { RefObject } from 'react';
import type { ConceptMapHandle } from '../map/ConceptMap';

/** Hands a file to the browser's download, as a link the person clicked would. */
function download(href: string, name: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
}

/** The explorer's exports: pictures of the map and a link to the view; `say` tells the reader how it went. */
export function useExports(map: RefObject<ConceptMapHandle | null>, say: (notice: string) => void) {
  const png = (whole: boolean, name: string) => {
    void map.current?.png(whole).then((url) => download(url, name));
  };
  return {
    pngView: () => png(false, 'spasm-atlas-view.png'),
    pngWhole: () => png(true, 'spasm-atlas-map.png'),
    svg: () => {
      void map.current?.svg().then((svg) => {
        const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
        download(url, 'spasm-atlas-map.svg');
        // not at once: the download reads the object after the click has returned
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      });
    },
    copyLink: () => {
      navigator.clipboard.writeText(window.location.href).then(
        () => say('Link copied: it reopens this exact view.'),
        () => say(`Copy this link: ${window.location.href}`),
      );
    },
  };
}

export type Exports = ReturnType<typeof useExports>;

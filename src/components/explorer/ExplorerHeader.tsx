'use client';

import type { ComponentProps } from 'react';
import { CompactMenu } from '../CompactMenu';
import { SiteNav } from '../SiteNav';
import { ExplorerToolbar } from './ExplorerToolbar';
import { SearchBox } from './SearchBox';

type ExplorerHeaderProps = ComponentProps<typeof ExplorerToolbar> & {
  /** Called with the concept chosen in the search box. */
  onFocus(id: string): void;
};

/** The explorer's header: the site's name, the search that sets the focus, the site's pages and the map's actions (in one menu on a phone). */
export function ExplorerHeader({ onFocus, ...toolbar }: ExplorerHeaderProps) {
  return (
    <header className="explorer-header">
      <h1>
        <a href="/">Spasm Atlas</a>
      </h1>
      <SearchBox label="Find a concept" placeholder="Cause, symptom, treatment… e.g. pinched nerve" onChoose={(concept) => onFocus(concept.id)} testId="main-search" />
      <CompactMenu>
        <SiteNav current="explorer" />
        <ExplorerToolbar {...toolbar} />
      </CompactMenu>
    </header>
  );
}

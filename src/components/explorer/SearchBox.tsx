'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { ResultOf } from '../../client/graphql';
import { requestApi } from '../../client/request-api';
import { SEARCH_QUERY } from './queries';

export type Suggestion = ResultOf<typeof SEARCH_QUERY>['search'][number];

interface SearchBoxProps {
  label: string;
  placeholder?: string;
  onChoose(concept: Suggestion['concept']): void;
  /** Shown in the box when nothing is being typed, e.g. the chosen concept's name. */
  value?: string;
  testId?: string;
}

/** A combobox over names and synonyms (ARIA 1.2 pattern): type, arrow through suggestions, Enter to choose. */
export function SearchBox({ label, placeholder, onChoose, value = '', testId }: SearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const input = useRef<HTMLInputElement>(null);
  const firstValue = useRef(value);

  useEffect(() => setText(value), [value]);
  // Words typed while the page was still loading are in the box before the page listens for them:
  // they are kept and searched, not wiped when it starts listening.
  useEffect(() => {
    const typed = input.current?.value ?? '';
    if (typed === '' || typed === firstValue.current) return;
    setText(typed);
    setOpen(true);
  }, []);

  useEffect(() => {
    const query = text.trim();
    if (!open || query.length === 0 || query === value) {
      setSuggestions([]);
      setMessage(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      requestApi(SEARCH_QUERY, { text: query.slice(0, 100) }, controller.signal).then(
        ({ search }) => {
          setSuggestions(search);
          setActive(search.length > 0 ? 0 : -1);
          setMessage(search.length === 0 ? `No concept is called “${query}”.` : null);
        },
        (error: Error) => error.name !== 'AbortError' && setMessage(error.message),
      );
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, open, value]);

  const choose = (suggestion: Suggestion) => {
    onChoose(suggestion.concept);
    setText(suggestion.concept.name);
    setOpen(false);
    setSuggestions([]);
    setActive(-1);
  };
  const expanded = open && suggestions.length > 0;

  return (
    <div className="search-box" data-testid={testId}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && suggestions[active] ? `${id}-option-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(suggestions.length - 1, i + 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (event.key === 'Enter' && active >= 0 && suggestions[active]) {
            event.preventDefault();
            choose(suggestions[active]!);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
        // closes a moment after the box loses focus, unless the person is back in it by then (typing the next concept at once)
        onBlur={() => setTimeout(() => document.activeElement !== input.current && setOpen(false), 150)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={`${label}: suggestions`} className="suggestions" hidden={!open || suggestions.length === 0}>
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.concept.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(suggestion);
            }}
          >
            <span className={`kind-dot kind-${suggestion.concept.kind}`} aria-hidden="true" />
            <span className="suggestion-name">{suggestion.concept.name}</span>
            <span className="suggestion-meta">
              {suggestion.concept.kind}
              {suggestion.matchedText !== suggestion.concept.name ? ` · “${suggestion.matchedText}”` : ''}
            </span>
          </li>
        ))}
      </ul>
      {message && open ? (
        <p className="search-message" role="status">
          {message}
        </p>
      ) : null}
    </div>
  );
}

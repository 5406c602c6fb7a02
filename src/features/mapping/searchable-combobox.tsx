import { useEffect, useId, useState, type KeyboardEvent } from 'react';

export interface ComboboxOption {
  value: string;
  /** The main line; with `detail`, what the option is called and searched by. */
  text: string;
  detail?: string;
}

export interface SearchableComboboxProps {
  label: string;
  /** The label stays for screen readers only (a table column already names the control). */
  hideLabel?: boolean;
  options: readonly ComboboxOption[];
  /** The chosen option's value, or null. */
  value: string | null;
  /** What the input shows while the user is not searching. */
  selectedText: string;
  placeholder?: string;
  onSelect(value: string): void;
}

/** Options rendered at once; typing narrows a longer list (objects with 800 fields exist). */
const MAX_SHOWN = 100;
const WORDS = /\s+/;

function matches(option: ComboboxOption, words: readonly string[]): boolean {
  const haystack = `${option.text} ${option.detail ?? ''}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/**
 * A searchable single-choice list, ARIA 1.2 combobox pattern (an input with a listbox popup) in
 * SLDS markup: type to filter by label, API name or detail, arrows to move, Enter to choose,
 * Escape to close.
 */
export function SearchableCombobox(props: SearchableComboboxProps) {
  const { label, options, value, selectedText, onSelect } = props;
  const id = useId();
  const listboxId = `${id}-listbox`;
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  /** The highlighted option; -1 while the user types and none is highlighted yet. */
  const [active, setActive] = useState(-1);

  const words = (query ?? '').trim().toLowerCase().split(WORDS).filter(Boolean);
  const found = words.length === 0 ? options : options.filter((o) => matches(o, words));
  const shown = found.slice(0, MAX_SHOWN);
  const activeIndex = Math.min(active, shown.length - 1);
  const activeOption = open && activeIndex >= 0 ? shown[activeIndex] : undefined;
  const optionId = (index: number) => `${id}-option-${index}`;
  const activeId = activeOption ? optionId(activeIndex) : undefined;

  // Keep the highlighted option in view while the arrows move through a long list.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  function close() {
    setOpen(false);
    setQuery(null);
    setActive(-1);
  }

  function choose(option: ComboboxOption) {
    onSelect(option.value);
    close();
  }

  function openAt(index: number) {
    setOpen(true);
    setActive(index);
  }
  const selectedIndex = () => shown.findIndex((o) => o.value === value);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) openAt(Math.max(selectedIndex(), 0));
        else setActive(Math.min(activeIndex + 1, shown.length - 1));
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (open) setActive(Math.max(activeIndex - 1, 0));
        return;
      case 'Enter':
        if (activeOption) {
          event.preventDefault();
          choose(activeOption);
        }
        return;
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        }
        return;
      default:
        return;
    }
  }

  return (
    <div className="slds-form-element">
      <label
        className={props.hideLabel ? 'slds-assistive-text' : 'slds-form-element__label'}
        htmlFor={id}
      >
        {label}
      </label>
      <div className="slds-form-element__control">
        <div className="slds-combobox_container">
          <div
            className={`slds-combobox slds-dropdown-trigger slds-dropdown-trigger_click${open ? ' slds-is-open' : ''}`}
          >
            <div className="slds-combobox__form-element" role="none">
              <input
                id={id}
                type="text"
                role="combobox"
                className="slds-input slds-combobox__input"
                autoComplete="off"
                aria-autocomplete="list"
                aria-expanded={open}
                aria-controls={listboxId}
                aria-activedescendant={activeId}
                placeholder={props.placeholder}
                value={query ?? selectedText}
                onChange={(event) => {
                  setQuery(event.target.value);
                  openAt(-1);
                }}
                onClick={() => (open ? close() : openAt(selectedIndex()))}
                onKeyDown={onKeyDown}
                onBlur={close}
              />
            </div>
            {open && (
              <div
                id={listboxId}
                role="listbox"
                aria-label={label}
                className="slds-dropdown slds-dropdown_length-10 slds-dropdown_fluid"
              >
                <ul className="slds-listbox slds-listbox_vertical" role="presentation">
                  {shown.map((option, index) => (
                    <li key={option.value} role="presentation" className="slds-listbox__item">
                      <div
                        id={optionId(index)}
                        role="option"
                        aria-selected={option.value === value}
                        className={`slds-media slds-listbox__option slds-listbox__option_plain slds-media_small${index === activeIndex ? ' slds-has-focus' : ''}`}
                        // Keep focus in the input, so the click lands before the blur closes the list.
                        onMouseDown={(event) => event.preventDefault()}
                        onClick={() => choose(option)}
                      >
                        <span className="slds-media__body">
                          <span>{option.text}</span>
                          {option.detail && (
                            <span className="slds-text-color_weak"> · {option.detail}</span>
                          )}
                        </span>
                      </div>
                    </li>
                  ))}
                  {shown.length === 0 && (
                    <li role="presentation" className="slds-listbox__item slds-p-around_x-small">
                      Nothing matches “{query}”.
                    </li>
                  )}
                  {found.length > shown.length && (
                    <li role="presentation" className="slds-listbox__item slds-p-around_x-small">
                      {found.length - shown.length} more: type to narrow the list.
                    </li>
                  )}
                </ul>
              </div>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}

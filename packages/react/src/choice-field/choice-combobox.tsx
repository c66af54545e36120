import type { ChoiceOption, LangMode } from "@tianbiao/core";
import { type FocusEvent, Fragment, type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { FieldControl } from "../field/field-control";
import { plain, useUi } from "../field/use-ui";
import { findOption, flatOptions, groupOptions, matches, optionText } from "./choice-options";

export interface ChoiceComboboxProps {
  id: string;
  /** Accessible name of the listbox: the field's label. */
  listLabel: string;
  options: readonly ChoiceOption[];
  value: string | undefined;
  lang: LangMode;
  required: boolean;
  readOnly: boolean;
  onChoose: (value: string | undefined) => void;
  onLeave: (event: FocusEvent<HTMLInputElement>) => void;
  /** Called with the text on every keystroke, for a field that keeps free text (the region picker). */
  onType?: (text: string) => void;
}

/**
 * A searchable single choice on the ARIA combobox pattern (list autocomplete with automatic selection):
 * typing filters the listbox by code, Chinese or English; ArrowDown/ArrowUp move, Enter chooses, Escape
 * closes and restores the chosen option's text. Clearing the text and leaving clears the choice.
 */
export function ChoiceCombobox({
  id,
  listLabel,
  options,
  value,
  lang,
  required,
  readOnly,
  onChoose,
  onLeave,
  onType,
}: ChoiceComboboxProps) {
  const ui = useUi();
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLDivElement>(null);
  const all = useMemo(() => flatOptions(options), [options]);
  const visible = useMemo(
    () => (query === null ? all : all.filter((entry) => matches(entry, query))),
    [all, query],
  );
  const groups = useMemo(() => groupOptions(visible), [visible]);
  const selected = value === undefined ? undefined : findOption(options, value);
  const text = (label: { zh: string; en: string }) => plain(label, lang);
  const shownText = query ?? (selected ? optionText(selected, text) : (value ?? ""));
  const listId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const activeEntry = open && active >= 0 ? visible[active] : undefined;

  useEffect(() => {
    if (!open || active < 0) return;
    const element = listRef.current?.querySelector(`[data-index="${active}"]`);
    element?.scrollIntoView?.({ block: "nearest" });
  }, [open, active]);

  const openAt = (index: number) => {
    setOpen(true);
    setActive(index);
  };

  const choose = (option: ChoiceOption) => {
    onChoose(option.value);
    setQuery(null);
    setOpen(false);
    setActive(-1);
  };

  const close = () => {
    setOpen(false);
    setActive(-1);
    setQuery(null);
  };

  const selectedIndex = () => visible.findIndex((entry) => entry.option.value === value);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (readOnly) return;
    const last = visible.length - 1;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open || event.altKey) openAt(event.altKey ? active : Math.max(selectedIndex(), 0));
        else setActive(active >= last ? 0 : active + 1);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (!open) openAt(selectedIndex() >= 0 ? selectedIndex() : last);
        else setActive(active <= 0 ? last : active - 1);
        break;
      case "Enter":
        // Enter chooses from an open list; it must not submit the form.
        if (open) {
          event.preventDefault();
          if (activeEntry) choose(activeEntry.option);
        }
        break;
      case "Escape":
        if (open || query !== null) {
          event.preventDefault();
          close();
        }
        break;
      default:
        break;
    }
  };

  let index = -1;
  return (
    <div className="tb-combobox">
      <FieldControl>
        <input
          id={id}
          type="text"
          role="combobox"
          className="tb-input tb-combobox-input"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeEntry ? optionId(active) : undefined}
          aria-required={required || undefined}
          readOnly={readOnly}
          value={shownText}
          onChange={(event) => {
            const next = event.target.value;
            setQuery(next);
            setOpen(true);
            onType?.(next);
            const matching = all.filter((entry) => matches(entry, next));
            setActive(matching.length > 0 ? 0 : -1);
          }}
          onKeyDown={onKeyDown}
          onClick={() => {
            if (!readOnly && !open) openAt(Math.max(selectedIndex(), 0));
          }}
          onBlur={(event) => {
            if (query !== null && query.trim() === "") onChoose(undefined);
            close();
            onLeave(event);
          }}
        />
      </FieldControl>
      <div
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={listLabel}
        className="tb-listbox"
        hidden={!open || visible.length === 0}
      >
        {/* The options exist only while the list is open: hidden, nobody reads, finds or prints them, and
            a province or industry list is more of the page than the rest of its field. */}
        {(open ? groups : []).map((group) => {
          const items = group.options.map((option) => {
            index += 1;
            const at = index;
            return (
              // Keyboard users move with aria-activedescendant from the input; the mouse chooses here.
              // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input
              <div
                key={option.value}
                id={optionId(at)}
                data-index={at}
                role="option"
                tabIndex={-1}
                aria-selected={option.value === value}
                className={at === active ? "tb-option tb-option-active" : "tb-option"}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
              >
                {option.code ? <span className="tb-option-code">{option.code}</span> : null}
                <BilingualText text={option.label} lang={lang} />
              </div>
            );
          });
          if (group.headings.length === 0) return <Fragment key={group.key}>{items}</Fragment>;
          const headingId = `${id}-group-${index - group.options.length + 1}`;
          return (
            // biome-ignore lint/a11y/useSemanticElements: a listbox owns options and role="group" containers only
            <div key={group.key} role="group" aria-labelledby={headingId} className="tb-listbox-group">
              <div id={headingId} role="presentation" className="tb-listbox-heading">
                {group.headings.map((heading, level) => (
                  <span key={heading.value} className="tb-listbox-heading-part" data-level={level}>
                    {heading.code ? <span className="tb-option-code">{heading.code}</span> : null}
                    <BilingualText text={heading.label} lang={lang} />
                  </span>
                ))}
              </div>
              {items}
            </div>
          );
        })}
      </div>
      <div className="tb-visually-hidden" role="status">
        {open && query !== null ? (
          visible.length === 0 ? (
            <BilingualText text={ui("ui.reference.noResults")} lang={lang} />
          ) : (
            <BilingualText text={ui("ui.reference.results", { count: visible.length })} lang={lang} />
          )
        ) : null}
      </div>
      {open && query !== null && visible.length === 0 ? (
        <p className="tb-combobox-empty" aria-hidden="true">
          <BilingualText text={ui("ui.reference.noResults")} lang={lang} />
        </p>
      ) : null}
    </div>
  );
}

import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * Tabs after the WAI-ARIA Authoring Practices "Tabs with automatic activation": one tab stop for
 * the whole list (roving tabindex), Left/Right move and open a tab, Home/End open the first and the
 * last; Tab then goes into the open panel. Only the open panel is rendered, so its tables and
 * charts are the only ones on the page (and a hidden panel cannot trip axe or a screen reader).
 */
export function Tabs<Id extends string>({
  label,
  tabs,
  selected,
  onSelect,
  children,
}: {
  label: string;
  tabs: readonly { id: Id; label: string }[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** The open panel's content. */
  children: ReactNode;
}) {
  const list = useRef<HTMLDivElement>(null);
  const open = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    onSelect(tab.id);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${tab.id}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    open(to);
  };
  return (
    <div className="bc-tabs">
      <div role="tablist" aria-label={label} className="bc-tablist" ref={list}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            className="bc-tab"
            onClick={() => onSelect(tab.id)}
            onKeyDown={onKeyDown}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${selected}`} aria-labelledby={`tab-${selected}`} tabIndex={0} className="bc-tabpanel">
        {children}
      </div>
    </div>
  );
}

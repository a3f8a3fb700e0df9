import { Button } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';

/** What the two steps say; every `…Of` names the thing, for a screen reader in a table of many. */
export interface ConfirmRemoveLabels {
  remove: string;
  removeOf: string;
  question: string;
  yes: string;
  yesOf: string;
  cancel: string;
}

/**
 * Removing is asked twice (a second, explicit button), so a slip of the keyboard deletes nothing.
 * The confirmation takes the focus, so a keyboard user lands on the question asked.
 */
export function ConfirmRemove({ labels, busy, onConfirm }: { labels: ConfirmRemoveLabels; busy: boolean; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <Button type="button" appearance="subtle-button" onClick={() => setAsking(true)} aria-label={labels.removeOf}>
        {labels.remove}
      </Button>
    );
  }
  return (
    <span className="werkbank-status-change" role="group" aria-label={labels.question}>
      <Button ref={confirm} type="button" appearance="primary-action-button" busy={busy} onClick={onConfirm} aria-label={labels.yesOf}>
        {labels.yes}
      </Button>
      <Button type="button" appearance="secondary-action-button" onClick={() => setAsking(false)}>
        {labels.cancel}
      </Button>
    </span>
  );
}

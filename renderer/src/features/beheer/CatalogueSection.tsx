import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../components/DataTable';

/** Which form is open: none, a new entry, or an existing one. */
type Mode<Row> = { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; row: Row };

/** What a catalogue's form gets: the entry to edit (null: a new one) and how to close. */
export interface EntryFormProps<Row> {
  editing: Row | null;
  /** Close the form; with the saved entry's name, say it was saved. */
  onDone: (savedName?: string) => void;
}

interface Props<Row> {
  id: string;
  title: string;
  /** One entry's kind ("Wijk"), for the add button. */
  one: string;
  intro?: ReactNode;
  caption: string;
  empty: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The row's name, for its edit button ("Bloemhof wijzigen"). */
  rowName: (row: Row) => string;
  /** False when nothing can be added (every escalatiedoel is there): then only editing. */
  canAdd?: boolean;
  /** Shown instead of the add button when canAdd is false. */
  cannotAdd?: string;
  form: (props: EntryFormProps<Row>) => ReactNode;
  /** Said under the intro, before the table (a rule of the catalogue). */
  note?: ReactNode;
  /** Extra tables (the interventietypes per spoor) in place of the one table. */
  tables?: (editColumn: Column<Row>) => ReactNode;
}

/**
 * One catalogue on the Beheer screen: heading, the current entries in a DataTable with an edit
 * button per row, and one form (add or edit) at a time under it. After a save the form closes,
 * a status line says what was saved and focus goes back to where the person started.
 */
export function CatalogueSection<Row>(props: Props<Row>) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode<Row>>({ kind: 'closed' });
  const [savedName, setSavedName] = useState<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = `${props.id}-titel`;

  const wasOpen = useRef(false);
  useEffect(() => {
    // When a form closes (saved or cancelled), focus goes back to the add button, which stays on screen.
    // Without an add button (nothing left to add) it goes to the section's heading instead.
    if (mode.kind === 'closed' && wasOpen.current) (addRef.current ?? headingRef.current)?.focus();
    wasOpen.current = mode.kind !== 'closed';
  }, [mode]);

  function done(name?: string) {
    setMode({ kind: 'closed' });
    setSavedName(name ?? null);
  }

  const editColumn: Column<Row> = {
    id: 'acties',
    header: t('beheer.actions'),
    headerHidden: true,
    cell: (row) => (
      <Button
        appearance="secondary-action-button"
        aria-label={t('beheer.editOf', { name: props.rowName(row) })}
        onClick={() => {
          setSavedName(null);
          setMode({ kind: 'edit', row });
        }}
      >
        {t('beheer.edit')}
      </Button>
    ),
  };

  return (
    <section className="beheer-section" aria-labelledby={headingId} id={props.id}>
      <Heading2 id={headingId} ref={headingRef} tabIndex={-1}>
        {props.title}
      </Heading2>
      {props.intro ? <Paragraph>{props.intro}</Paragraph> : null}
      {props.note}
      {props.tables ? (
        props.tables(editColumn)
      ) : (
        <DataTable
          caption={props.caption}
          captionHidden
          columns={[...props.columns, editColumn]}
          rows={props.rows}
          rowKey={props.rowKey}
          empty={props.empty}
        />
      )}
      <div role="status" className="beheer-status">
        {savedName !== null ? <Paragraph>{t('beheer.saved', { name: savedName })}</Paragraph> : null}
      </div>
      {mode.kind === 'closed' ? (
        <div className="beheer-actions">
          {props.canAdd === false ? (
            <Paragraph>{props.cannotAdd}</Paragraph>
          ) : (
            <Button
              ref={addRef}
              appearance="primary-action-button"
              onClick={() => {
                setSavedName(null);
                setMode({ kind: 'add' });
              }}
            >
              {t('beheer.addTitle', { what: props.one })}
            </Button>
          )}
        </div>
      ) : (
        props.form({ editing: mode.kind === 'edit' ? mode.row : null, onDone: done })
      )}
    </section>
  );
}

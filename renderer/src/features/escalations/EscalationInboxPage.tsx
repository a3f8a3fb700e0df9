import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ESCALATION_TARGETS, type EscalationStatus } from '../../../../shared/domain/enums';
import type { InboxRow } from '../../../../shared/ipc/channels/escalations';
import { contract } from '../../../../shared/ipc/contract';
import { api, unwrap } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckboxRow, choice, flag, Form, SelectField, useFilters } from '../../components/form';
import { DossierImport } from '../dossier/DossierImport';
import { DossierPanel } from './DossierPanel';
import { InboxTable, rowKey } from './InboxTable';
import { queryKeys } from '../../api/queryKeys';
import { useTargets } from './useTargets';
import './escalations.css';

type FocusRequest = { to: 'panel' | 'notice' | 'row'; key: string; n: number };

const inboxInput = contract['escalations:inbox'].input;
/** The filters are the inbox's own query: "Alle doelen" and an unticked box are left out of it. */
const filterSchema = inboxInput.extend({ target: choice(inboxInput.shape.target), includeClosed: flag(inboxInput.shape.includeClosed) });

/**
 * §2.3 the PRIO inbox: every submitted escalation that is still open, the most urgent first, then
 * the earliest deadline (the server's order), filterable by target, with the full dossier of the
 * selected one and the next steps of its state machine. Focus follows the work: opening a dossier
 * moves to it, closing returns to its row, and after a step focus stays on the dossier (or, when
 * the escalation left the list, on the message that says so).
 */
export function EscalationInboxPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const targets = useTargets();
  const { form, query, setQuery } = useFilters(filterSchema, { target: '', includeClosed: false });
  const [selected, setSelected] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const inbox = useQuery({ queryKey: queryKeys.escalations.inbox(query), queryFn: () => unwrap(api.escalationsInbox(query)) });
  const items = inbox.data?.items;
  const selectedRow = items?.find((r) => rowKey(r) === selected);

  useEffect(() => {
    if (focusRequest === null) return;
    if (focusRequest.to === 'panel') headingRef.current?.focus();
    else if (focusRequest.to === 'notice') noticeRef.current?.focus();
    else document.querySelector<HTMLElement>(`[data-dossier-button="${CSS.escape(focusRequest.key)}"]`)?.focus();
  }, [focusRequest]);

  const focus = (to: FocusRequest['to'], key = '') => setFocusRequest((f) => ({ to, key, n: (f?.n ?? 0) + 1 }));

  const select = (row: InboxRow) => {
    const key = rowKey(row);
    if (key === selected) {
      setSelected(null);
      focus('row', key);
    } else {
      setSelected(key);
      setNotice(null); // the message was about the previous dossier
      focus('panel');
    }
  };

  const close = () => {
    if (selected !== null) focus('row', selected);
    setSelected(null);
  };

  /** After a step: the inbox is already refreshed (the write waits for it); is the escalation still listed? */
  const done = (row: InboxRow, to: EscalationStatus) => {
    const fresh = queryClient.getQueryData<{ items: InboxRow[] }>(queryKeys.escalations.inbox(query));
    const stillListed = fresh?.items.some((r) => rowKey(r) === rowKey(row)) ?? false;
    const message = t(`escalations.done.${to}`, { code: row.code });
    if (stillListed) {
      setNotice(message);
      focus('panel');
    } else {
      setNotice(`${message} ${t('escalations.done.hidden')}`);
      setSelected(null);
      focus('notice');
    }
  };

  const filtered = query.target !== undefined || query.includeClosed === true;
  const overdue = items?.filter((r) => r.overdue).length ?? 0;

  return (
    <div className="werkbank-esc">
      <Heading1>{t('escalations.title')}</Heading1>
      <Paragraph>{t('escalations.intro')}</Paragraph>
      <DossierImport />
      <search aria-label={t('escalations.filters')}>
        {/* The inbox follows every change; a message about the previous selection goes with it. */}
        <Form form={form} className="werkbank-filters" onValid={setQuery}>
          <SelectField
            form={form}
            name="target"
            label={t('escalations.filterTarget')}
            effects={{ onChange: () => setNotice(null) }}
            options={[
              { value: '', label: t('escalations.allTargets') },
              ...ESCALATION_TARGETS.map((id) => ({
                value: id,
                label: targets.entry(id)?.active === false ? t('escalations.inactiveTarget', { name: targets.name(id) }) : targets.name(id),
              })),
            ]}
          />
          <CheckboxRow
            form={form}
            name="includeClosed"
            label={t('escalations.includeClosed')}
            className="werkbank-esc-choice werkbank-esc-inbox-toggle"
            onChange={() => setNotice(null)}
          />
        </Form>
      </search>

      <div ref={noticeRef} tabIndex={-1} role="status" className="werkbank-esc-notice">
        {notice ? <Paragraph>{notice}</Paragraph> : null}
      </div>
      <ErrorAlert message={inbox.error?.message} />

      {inbox.isPending ? (
        <Paragraph role="status">{t('escalations.loading')}</Paragraph>
      ) : items && items.length === 0 && !filtered ? (
        <section className="werkbank-empty" aria-labelledby="escalaties-leeg">
          <Heading2 id="escalaties-leeg">{t('escalations.emptyTitle')}</Heading2>
          <Paragraph>{t('escalations.emptyBody')}</Paragraph>
        </section>
      ) : items && items.length === 0 ? (
        <Paragraph role="status">{t('escalations.noMatch')}</Paragraph>
      ) : items ? (
        <>
          <Paragraph role="status">
            {t('escalations.count', { count: items.length })}
            {overdue > 0 ? ` · ${t('escalations.countOverdue', { count: overdue })}` : ''}
          </Paragraph>
          <InboxTable items={items} selected={selectedRow ? selected : null} onSelect={select} targets={targets} />
        </>
      ) : null}

      {selectedRow ? (
        <DossierPanel
          key={rowKey(selectedRow)}
          row={selectedRow}
          targets={targets}
          headingRef={headingRef}
          onClose={close}
          onDone={done}
        />
      ) : null}
    </div>
  );
}

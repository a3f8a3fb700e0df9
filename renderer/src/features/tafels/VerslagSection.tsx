import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading2, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format/date';
import type { MeetingFile } from '../../../../shared/interchange/meetings';
import type { Verslag, VerslagAction } from '../../../../shared/ipc/channels/meetings';
import { api, unwrap } from '../../api';
import { queryKeys } from '../../api/queryKeys';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../platform/saveFile';

/** The PDF travels as base64 over IPC/HTTP; the save dialog wants the bytes. */
function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/**
 * §2.2 the verslag of this bijeenkomst, in the full version (dossier) or the anonymised one
 * (partners), exactly as the server builds it — the same document the PDF prints — and the PDF
 * to save. It follows the meeting: every change of the meeting makes it again.
 */
export function VerslagSection({ meeting }: { meeting: MeetingFile }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [pseudonymised, setPseudonymised] = useState(false);
  const id = meeting.id;
  const verslag = useQuery({
    queryKey: queryKeys.verslag.version(id, pseudonymised),
    queryFn: async () => (await unwrap(api.meetingsVerslag({ id, pseudonymised, format: 'json' }))).verslag,
    enabled: open,
  });
  // A besluit, an action or the attendance changed: the verslag is made from that data again.
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.verslag.ofMeeting(id) });
  }, [meeting, id, queryClient]);
  const download = useMutation({
    mutationFn: async () => {
      const r = await unwrap(api.meetingsVerslag({ id, pseudonymised, format: 'pdf' }));
      if (r.pdf === null) throw new Error(t('errors.generic'));
      const saved = await unwrap(saveFile(r.fileName, 'application/pdf', fromBase64(r.pdf)));
      return { fileName: r.fileName, saved };
    },
  });
  const v = (key: string, opts: Record<string, string | number> = {}) => t(`tafels.verslag.${key}`, opts);

  return (
    <section className="tafels-section" aria-labelledby="verslag">
      <Heading2 id="verslag">{v('title')}</Heading2>
      <Paragraph className="werkbank-muted">{v('intro')}</Paragraph>
      <div className="meeting-toolbar">
        <Button appearance="secondary-action-button" aria-expanded={open} aria-controls="verslag-inhoud" onClick={() => setOpen(!open)}>
          {open ? v('hide') : v('show')}
        </Button>
      </div>
      {open ? (
        <div id="verslag-inhoud">
          <div className="meeting-toolbar" role="group" aria-label={v('versionLabel')}>
            <Button appearance={pseudonymised ? 'secondary-action-button' : 'primary-action-button'} pressed={!pseudonymised} onClick={() => setPseudonymised(false)}>
              {v('full')}
            </Button>
            <Button appearance={pseudonymised ? 'primary-action-button' : 'secondary-action-button'} pressed={pseudonymised} onClick={() => setPseudonymised(true)}>
              {v('anonymised')}
            </Button>
            <Button appearance="secondary-action-button" busy={download.isPending} disabled={download.isPending} onClick={() => download.mutate()}>
              {download.isPending ? v('downloading') : v('download')}
            </Button>
          </div>
          <ErrorAlert message={verslag.error?.message ?? download.error?.message} />
          {download.data?.saved === 'saved' ? (
            <Paragraph role="status">{v('saved', { fileName: download.data.fileName })}</Paragraph>
          ) : null}
          {verslag.isPending ? <Paragraph role="status">{v('loading')}</Paragraph> : null}
          {verslag.data ? <VerslagView verslag={verslag.data} /> : null}
        </div>
      ) : null}
    </section>
  );
}

function VerslagView({ verslag }: { verslag: Verslag }) {
  const { t } = useTranslation();
  const v = (key: string, opts: Record<string, string | number> = {}) => t(`tafels.verslag.${key}`, opts);
  const anon = verslag.version === 'geanonimiseerd';
  const who = (a: Verslag['attendance'][number]) => (a.name === null ? a.organisation : `${a.name} (${a.organisation})`);
  const present = verslag.attendance.filter((a) => a.present);
  const absent = verslag.attendance.filter((a) => !a.present);
  const actionColumns: Column<VerslagAction>[] = [
    { id: 'id', header: v('colAction'), rowHeader: true, className: 'tafels-nowrap', cell: (a) => a.id },
    ...(anon ? [] : [{ id: 'text', header: v('colText'), cell: (a: VerslagAction) => a.text ?? '—' }]),
    { id: 'owner', header: anon ? v('colOwnerOrganisation') : v('colOwner'), cell: (a) => a.owner ?? (anon ? v('ownerWithheld') : '—') },
    { id: 'due', header: v('colDue'), className: 'tafels-nowrap', cell: (a) => formatDate(a.due) },
    { id: 'status', header: v('colStatus'), cell: (a) => t(`tafels.actionStatus.${a.status}`) },
  ];
  type Carried = Verslag['carriedOver'][number];
  const carriedColumns: Column<Carried>[] = [
    { id: 'case', header: v('colCase'), className: 'tafels-nowrap', cell: (a) => a.caseCode },
    { id: 'agreed', header: v('colAgreedOn'), className: 'tafels-nowrap', cell: (a) => formatDate(a.meetingDate) },
    ...(actionColumns as Column<Carried>[]),
  ];
  return (
    <article className="verslag" aria-labelledby="verslag-titel" data-testid={`verslag-${verslag.version}`}>
      <Heading3 id="verslag-titel" className="verslag-title">
        {v(anon ? 'headingAnonymised' : 'heading', { tafel: verslag.tafelName, date: formatDate(verslag.date) })}
      </Heading3>
      <dl className="tafels-facts" aria-label={v('facts')}>
        <div>
          <dt>{v('tafel')}</dt>
          <dd>{verslag.tafelName}</dd>
        </div>
        <div>
          <dt>{v('date')}</dt>
          <dd>{formatDate(verslag.date)}</dd>
        </div>
        {verslag.place === null ? null : (
          <div>
            <dt>{v('place')}</dt>
            <dd>{verslag.place}</dd>
          </div>
        )}
        {verslag.chair === null ? null : (
          <div>
            <dt>{v('chair')}</dt>
            <dd>{verslag.chair}</dd>
          </div>
        )}
      </dl>
      {verslag.withheld.map((w) => (
        <Paragraph key={w} className="werkbank-muted">
          {w}
        </Paragraph>
      ))}
      <Heading4>{v('attendance')}</Heading4>
      <Paragraph>
        {v('present', { count: present.length })}: {present.length === 0 ? v('nobody') : present.map(who).join('; ')}.
      </Paragraph>
      <Paragraph>
        {v('absent', { count: absent.length })}: {absent.length === 0 ? v('nobody') : absent.map(who).join('; ')}.
      </Paragraph>
      <Heading4>{v('agenda')}</Heading4>
      {verslag.items.length === 0 ? <Paragraph className="werkbank-muted">{v('noAgenda')}</Paragraph> : null}
      {verslag.items.map((item) => (
        <section key={item.caseCode} className="item-card" aria-labelledby={`verslag-punt-${item.caseCode}`}>
          <h5 id={`verslag-punt-${item.caseCode}`} className="item-heading">
            {v('item', { order: item.order, code: item.caseCode, minutes: item.minutes })}
            {item.alias ? <span className="werkbank-muted"> — {item.alias}</span> : null}
          </h5>
          {item.notes ? (
            <Paragraph>
              <strong>{v('notes')}:</strong> {item.notes}
            </Paragraph>
          ) : null}
          {item.decisions.length === 0 ? (
            <Paragraph className="werkbank-muted">{v('noDecisions')}</Paragraph>
          ) : (
            <>
              <Paragraph>
                <strong>{v('decisions')}</strong>
              </Paragraph>
              <ol>
                {item.decisions.map((d) => (
                  <li key={d.number}>{d.text ?? v('decisionWithheld', { number: d.number })}</li>
                ))}
              </ol>
            </>
          )}
          <DataTable
            caption={v('actionsCaption', { code: item.caseCode })}
            className="werkbank-table tafels-table"
            rows={item.actions}
            rowKey={(a) => a.id}
            columns={actionColumns}
            empty={v('noActions')}
          />
        </section>
      ))}
      <Heading4>{v('carriedTitle')}</Heading4>
      <DataTable
        caption={v('carriedCaption')}
        className="werkbank-table tafels-table"
        rows={verslag.carriedOver}
        rowKey={(a) => a.id}
        columns={carriedColumns}
        empty={v('noCarried')}
      />
    </article>
  );
}

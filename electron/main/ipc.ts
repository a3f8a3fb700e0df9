import { CHANNELS, type Channel, type Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { line, type LogLine } from '../../shared/ipc/logLine';
import { fail, type Result } from '../../shared/ipc/result';
import { SAVE_FILE_CHANNEL } from '../../shared/ipc/saveFile';
import { APP_ORIGIN } from './appOrigin';
import { handleSaveFile, type SaveFileDeps } from './saveFile';
import { isAllowedSender, type SenderFrameLike } from './security/senderFrame';

/** The part of Electron's ipcMain this module uses; tests pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
  removeAllListeners(channel: string): unknown;
}

/**
 * electron-log/main registers this channel (both `on` and `handle`) as soon as it is imported, so
 * renderers could write into the main log. Our page never logs that way, and a channel without
 * the sender check and without a schema is exactly what checklist #17 warns about.
 */
export const ELECTRON_LOG_CHANNEL = '__ELECTRON_LOG__';
export interface IpcInvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}
/** electron-log fits it; every message is a line of our own, redacted by ./logging.ts's hook. */
export interface IpcLog {
  info(message: LogLine): void;
  warn(message: LogLine): void;
  error(message: LogLine, detail?: unknown): void;
}

export const REFUSED_SENDER_MESSAGE =
  'Dit verzoek kwam niet uit het venster van de werkbank en is geweigerd; er is niets gewijzigd. Sluit de werkbank en start hem opnieuw. Blijft dit gebeuren, meld het dan aan de beheerder.';

/**
 * Registers one invoke handler per contract channel — never a generic "call anything" channel —
 * and removes the one channel a library registers behind our back.
 * Each call first proves it comes from the top frame of our own page (checklist #17), then goes
 * through the shared `dispatch`, which validates the payload with zod before any handler runs
 * and validates the answer before it leaves (PRODUCT.md §5). Handlers never throw across IPC: a
 * refusal is a Result like every other error, so the renderer has one error path.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  appOrigin: string,
  log: IpcLog,
  channels: readonly Channel[] = CHANNELS,
): void {
  ipcMain.removeHandler(ELECTRON_LOG_CHANNEL);
  ipcMain.removeAllListeners(ELECTRON_LOG_CHANNEL);
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload): Promise<Result<unknown>> => {
      if (!isAllowedSender(event.senderFrame, appOrigin)) {
        log.warn(line`IPC ${channel} refused: sender is not the top frame of ${appOrigin}`);
        return fail('INTERNAL', REFUSED_SENDER_MESSAGE);
      }
      const result = await dispatch(channel, payload, handlers, log);
      // Channel and code only: the payload and the answer may hold personal data.
      if (!result.ok) log.info(line`IPC ${channel} answered ${result.error.code}`);
      return result;
    });
  }
}

/**
 * The one invoke channel outside the contract: the save dialog (./saveFile.ts), which only the
 * main process can show. The same sender check in front; the payload is checked by handleSaveFile.
 */
export function registerSaveFile(ipcMain: IpcMainLike, deps: SaveFileDeps, appOrigin: string, log: IpcLog): void {
  ipcMain.handle(SAVE_FILE_CHANNEL, async (event, payload): Promise<Result<unknown>> => {
    if (!isAllowedSender(event.senderFrame, appOrigin)) {
      log.warn(line`IPC ${SAVE_FILE_CHANNEL} refused: sender is not the top frame of ${appOrigin}`);
      return fail('INTERNAL', REFUSED_SENDER_MESSAGE);
    }
    const result = await handleSaveFile(payload, deps);
    if (!result.ok) log.info(line`IPC ${SAVE_FILE_CHANNEL} answered ${result.error.code}`);
    return result;
  });
}

/**
 * Wires the real ipcMain. Electron is imported lazily so that this module — and its tests — load
 * under plain Node, where `import 'electron'` would try to download the binary.
 */
export async function registerAppIpc(handlers: Handlers, log: IpcLog, saveFile: SaveFileDeps): Promise<void> {
  const { ipcMain } = await import('electron');
  registerIpc(ipcMain, handlers, APP_ORIGIN, log);
  registerSaveFile(ipcMain, saveFile, APP_ORIGIN, log);
}

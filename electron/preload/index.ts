import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../../shared/ipc/contract';
import { buildApi } from '../../shared/ipc/buildApi';
import { SAVE_FILE_CHANNEL } from '../../shared/ipc/saveFile';

// Checklist #3 (context isolation): the page sees only these named functions, copied across the
// bridge. The IPC object itself stays in this isolated world.
contextBridge.exposeInMainWorld(
  'werkbank',
  buildApi(CHANNELS, (channel, input) => ipcRenderer.invoke(channel, input)),
);
// The one call outside the contract: the save dialog lives in the main process (electron/main/saveFile.ts
// checks the sender and the payload). One named function, frozen, on its own fixed channel.
contextBridge.exposeInMainWorld(
  'werkbankFiles',
  Object.freeze({ saveFile: (input: unknown) => ipcRenderer.invoke(SAVE_FILE_CHANNEL, input) }),
);

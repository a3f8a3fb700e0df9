import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../../shared/ipc/contract';
import { buildApi } from '../../shared/ipc/buildApi';

// Checklist #3 (context isolation): the page sees only these named functions, copied across the
// bridge. The IPC object itself stays in this isolated world.
contextBridge.exposeInMainWorld(
  'werkbank',
  buildApi(CHANNELS, (channel, input) => ipcRenderer.invoke(channel, input)),
);

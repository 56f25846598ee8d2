import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './preloadApi';

// The sandboxed preload's only job: publish the contract functions to the page as window.certplan.
contextBridge.exposeInMainWorld('certplan', createPreloadApi(ipcRenderer));

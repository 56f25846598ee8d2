import { fileURLToPath } from 'node:url';

/**
 * Folders of the electron-vite build, found from the built main file (out/main/index.js), so they
 * resolve the same way from the project folder and from inside the packaged app.asar.
 */
export interface BuildPaths {
  rendererDir: string;
  preloadFile: string;
}

export function buildPaths(mainModuleUrl: string): BuildPaths {
  return {
    rendererDir: fileURLToPath(new URL('../renderer/', mainModuleUrl)),
    preloadFile: fileURLToPath(new URL('../preload/index.cjs', mainModuleUrl)),
  };
}

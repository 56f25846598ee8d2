import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../src/main/web/defaultDataDir';

describe('default data folder (same as Electron userData for "Certplan")', () => {
  it('follows each platform', () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Certplan');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/Certplan');
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Certplan');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toMatch(/Roaming.Certplan$/);
  });
});
